package nl.codewijzer.pdf.internal;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.jspecify.annotations.Nullable;

/**
 * Drawing on one page. Remembers the current font and colours so that a line of many fragments
 * does not repeat the same operators.
 */
final class Canvas {

    private static final float STRIKE_RAISE = 0.3f;
    private static final float CODE_PADDING = 1.5f;

    private final PDPage page;
    private final PDPageContentStream stream;
    private final DocumentFonts fonts;
    private @Nullable PDFont font;
    private float fontSize;
    private @Nullable Color fill;
    private @Nullable Color stroke;
    private float lineWidth = -1;

    Canvas(PDPage page, PDPageContentStream stream, DocumentFonts fonts) {
        this.page = page;
        this.stream = stream;
        this.fonts = fonts;
    }

    /** Draws a line of text whose start is at {@code x} on the given baseline. */
    void text(Line line, float x, float baseline) throws IOException {
        var fragments = line.fragments();
        if (fragments.isEmpty()) {
            return;
        }
        for (var fragment : fragments) {
            if (fragment.style().code()) {
                var size = fragment.style().size();
                fillRect(x + fragment.x() - CODE_PADDING / 2, baseline - size * FontFace.DESCENT - CODE_PADDING / 2,
                        fragment.width() + CODE_PADDING, size * (FontFace.ASCENT + FontFace.DESCENT) + CODE_PADDING,
                        Palette.CODE_FILL);
            }
        }
        stream.beginText();
        stream.newLineAtOffset(x, baseline);
        for (var fragment : fragments) {
            var style = fragment.style();
            var wanted = fonts.font(style.face());
            if (wanted != font || style.size() != fontSize) {
                stream.setFont(wanted, style.size());
                font = wanted;
                fontSize = style.size();
            }
            setFill(style.color());
            stream.showText(fragment.text());
        }
        stream.endText();
        for (var fragment : fragments) {
            var style = fragment.style();
            if (style.strike()) {
                float y = baseline + style.size() * STRIKE_RAISE;
                line(x + fragment.x(), y, x + fragment.x() + fragment.width(), y, style.size() / 16, style.color());
            }
            if (style.link() != null) {
                link(x + fragment.x(), baseline - style.size() * FontFace.DESCENT, fragment.width(),
                        style.size() * (FontFace.ASCENT + FontFace.DESCENT), style.link());
            }
        }
    }

    void fillRect(float x, float y, float width, float height, Color color) throws IOException {
        setFill(color);
        stream.addRect(x, y, width, height);
        stream.fill();
    }

    void line(float x1, float y1, float x2, float y2, float width, Color color) throws IOException {
        if (width != lineWidth) {
            stream.setLineWidth(width);
            lineWidth = width;
        }
        if (!color.equals(stroke)) {
            stream.setStrokingColor(color);
            stroke = color;
        }
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }

    /** Makes an area clickable; viewers open the URI, printers ignore it. */
    private void link(float x, float y, float width, float height, String uri) throws IOException {
        var action = new PDActionURI();
        action.setURI(uri);
        var border = new PDBorderStyleDictionary();
        border.setWidth(0);
        var annotation = new PDAnnotationLink();
        annotation.setRectangle(new PDRectangle(x, y, width, height));
        annotation.setBorderStyle(border);
        annotation.setAction(action);
        annotation.setPrinted(true); // PDF/A: every annotation says whether it prints
        page.getAnnotations().add(annotation);
    }

    private void setFill(Color color) throws IOException {
        if (!color.equals(fill)) {
            stream.setNonStrokingColor(color);
            fill = color;
        }
    }
}
