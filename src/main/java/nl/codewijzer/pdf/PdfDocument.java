package nl.codewijzer.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What goes into a PDF: a title (the big heading on page 1), the block of fields under it, the
 * body and the text in the left footer of every page. The locale picks the language of the page
 * numbers ("Pagina 2 van 5" or "Page 2 of 5").
 *
 * @param bodyHtml safe HTML from our Markdown renderer; the typesetter knows p, br, hr, h1-h6,
 *     strong, em, del, code, pre, blockquote, ul, ol, li, table (thead, tbody, tr, th, td) and a.
 *     Other elements are typeset as their text.
 */
public record PdfDocument(String title, List<TitleField> titleBlock, String bodyHtml, String footerText, Locale locale) {

    public PdfDocument {
        Objects.requireNonNull(title, "title");
        titleBlock = List.copyOf(titleBlock);
        Objects.requireNonNull(bodyHtml, "bodyHtml");
        Objects.requireNonNull(footerText, "footerText");
        Objects.requireNonNull(locale, "locale");
    }

    /** Starts a document with this title, in Dutch, with an empty body and footer. */
    public static Builder titled(String title) {
        return new Builder(title);
    }

    public static final class Builder {

        private final String title;
        private final List<TitleField> titleBlock = new ArrayList<>();
        private String bodyHtml = "";
        private String footerText = "";
        private Locale locale = Locale.of("nl", "NL");

        private Builder(String title) {
            this.title = title;
        }

        public Builder field(String label, String value) {
            titleBlock.add(new TitleField(label, value));
            return this;
        }

        public Builder bodyHtml(String safeHtml) {
            this.bodyHtml = safeHtml;
            return this;
        }

        public Builder footer(String footerText) {
            this.footerText = footerText;
            return this;
        }

        public Builder locale(Locale locale) {
            this.locale = locale;
            return this;
        }

        public PdfDocument build() {
            return new PdfDocument(title, titleBlock, bodyHtml, footerText, locale);
        }
    }
}
