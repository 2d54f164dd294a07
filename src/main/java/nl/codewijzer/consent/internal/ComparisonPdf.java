package nl.codewijzer.consent.internal;

import com.vaadin.flow.internal.HtmlUtils;
import java.util.Locale;
import nl.codewijzer.base.Translations;
import nl.codewijzer.codetext.TextDiff;
import nl.codewijzer.codetext.VersionComparison;
import nl.codewijzer.pdf.PdfDocument;
import nl.codewijzer.pdf.PdfDocuments;
import nl.codewijzer.school.SchoolSettings;
import org.springframework.stereotype.Component;

/**
 * The comparison of a proposed version with the code in force, as a PDF the MR receives with the
 * round (issue 15): which sections changed, the counts, and every changed line as it was and as it
 * would be, side by side. Removed words are struck through, added words bold; the cells hold
 * {@link TextDiff}'s HTML, built from escaped text only, so nothing a person typed becomes markup.
 */
@Component
public class ComparisonPdf {

    private static final String SEPARATOR = " · ";

    private final PdfDocuments documents;
    private final SchoolSettings settings;
    private final Translations translations;

    ComparisonPdf(PdfDocuments documents, SchoolSettings settings, Translations translations) {
        this.documents = documents;
        this.settings = settings;
        this.translations = translations;
    }

    public byte[] render(String codeTitle, VersionComparison comparison, Locale locale) {
        var from = comparison.from();
        var to = comparison.to();
        var title = text(locale, "consent.comparison.title", from.number(), to.number());
        var builder = PdfDocument.titled(title)
                .field(text(locale, "consent.pdf.school"), settings.schoolName())
                .field(text(locale, "consent.pdf.code"), codeTitle)
                .field(text(locale, "consent.comparison.from"), text(locale, "consent.version", from.number())
                        + SEPARATOR + text(locale, from.status().labelKey()) + SEPARATOR + from.sha256())
                .field(text(locale, "consent.comparison.to"), text(locale, "consent.version", to.number())
                        + SEPARATOR + text(locale, to.status().labelKey()) + SEPARATOR + to.sha256());
        var diff = comparison.diff();
        var html = new StringBuilder("<p>").append(esc(text(locale, "compare.summary", diff.changedLines(),
                diff.addedLines(), diff.removedLines()))).append("</p>");
        if (!comparison.changedSections().isEmpty()) {
            html.append("<p>").append(esc(text(locale, "compare.changed-sections", String.join("; ",
                    comparison.changedSections().stream().map(heading -> heading.isEmpty()
                            ? text(locale, "compare.introduction") : heading).toList())))).append("</p>");
        }
        html.append("<table><thead><tr><th>").append(esc(text(locale, "consent.comparison.was", from.number())))
                .append("</th><th>").append(esc(text(locale, "consent.comparison.becomes", to.number())))
                .append("</th></tr></thead><tbody>");
        for (var row : diff.sideBySide()) {
            if (row.kind() != TextDiff.Kind.UNCHANGED) {
                // the typesetter knows <del> (struck through); an added word is shown bold
                html.append("<tr><td>").append(row.oldHtml()).append("</td><td>")
                        .append(row.newHtml().replace("<ins class=\"diff-ins\">", "<strong>").replace("</ins>", "</strong>"))
                        .append("</td></tr>");
            }
        }
        html.append("</tbody></table>");
        return documents.render(builder.bodyHtml(html.toString())
                .footer(settings.schoolName() + SEPARATOR + title + SEPARATOR + codeTitle).locale(locale).build());
    }

    private String text(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    private static String esc(String text) {
        return HtmlUtils.escape(text);
    }
}
