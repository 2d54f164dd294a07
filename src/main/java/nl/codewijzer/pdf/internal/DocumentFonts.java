package nl.codewijzer.pdf.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF document. A face is loaded into the document the first time it is drawn,
 * so a document without italics embeds no italic font; each is embedded as a subset of the glyphs
 * used. The {@code PDFont}s belong to this document only.
 *
 * <p>Beneath them, the parsed font files ({@link TrueTypeFont}, parsed from the bytes that
 * {@link FontFace} read once) are reused: a document borrows one per face and gives it back when
 * it is closed, after saving, when the subset has been cut. Parsing a face and reading its tables
 * again for every document cost more than all our layout; a parsed font is only ever used by one
 * document at a time, so PDFBox's objects are never shared between threads.
 *
 * <p>Glyph substitution (GSUB) is switched off. For DejaVu Sans and Latin text it changes nothing
 * visible, but PDFBox would run it on every {@code showText} (compiling regular expressions each
 * time: most of the drawing time in our profile), and a substitution would make the drawn text
 * differ from what {@link FontFace} measured. See docs/decisions/0006-pdf-typesetting.md.
 */
final class DocumentFonts implements Closeable {

    /** Enough for the documents typeset at the same moment on a small server. */
    private static final int MAX_IDLE_PER_FACE = 4;
    private static final Map<FontFace, Queue<TrueTypeFont>> IDLE = new EnumMap<>(FontFace.class);

    static {
        for (var face : FontFace.values()) {
            IDLE.put(face, new ConcurrentLinkedQueue<>());
        }
    }

    /** The idle fonts of a face: every face has its queue from the start. */
    private static Queue<TrueTypeFont> idleOf(FontFace face) {
        return java.util.Objects.requireNonNull(IDLE.get(face));
    }

    private final PDDocument document;
    private final Map<FontFace, PDFont> loaded = new EnumMap<>(FontFace.class);
    private final Map<FontFace, TrueTypeFont> borrowed = new EnumMap<>(FontFace.class);

    DocumentFonts(PDDocument document) {
        this.document = document;
    }

    PDFont font(FontFace face) throws IOException {
        var font = loaded.get(face);
        if (font == null) {
            var trueType = borrow(face);
            borrowed.put(face, trueType);
            font = PDType0Font.load(document, trueType, true);
            loaded.put(face, font);
        }
        return font;
    }

    private static TrueTypeFont borrow(FontFace face) throws IOException {
        var idle = idleOf(face).poll();
        if (idle != null) {
            return idle;
        }
        var trueType = new TTFParser().parse(new RandomAccessReadBuffer(face.fileBytes()));
        trueType.setEnableGsub(false);
        return trueType;
    }

    /** Gives the parsed fonts back for the next document; call after the document was saved. */
    @Override
    public void close() throws IOException {
        List<TrueTypeFont> surplus = new ArrayList<>();
        borrowed.forEach((face, trueType) -> {
            var idle = idleOf(face);
            if (idle.size() < MAX_IDLE_PER_FACE) {
                idle.offer(trueType);
            } else {
                surplus.add(trueType);
            }
        });
        borrowed.clear();
        for (var trueType : surplus) {
            trueType.close();
        }
    }
}
