package nl.codewijzer.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The document as one long column of slices, before it is cut into pages. Vertical space between
 * blocks collapses as CSS margins do: of a block's space after and the next one's space before,
 * the larger wins.
 */
final class Flow {

    private final List<Slice> slices = new ArrayList<>();
    private float pendingSpace;
    private @Nullable Line pendingMarker;
    private float pendingMarkerRight;

    List<Slice> slices() {
        return slices;
    }

    /** Asks for at least this much space before whatever comes next. */
    void space(float points) {
        pendingSpace = Math.max(pendingSpace, points);
    }

    /** A list item's bullet or number, to be drawn beside the next line of text. */
    void marker(Line marker, float right) {
        flushMarker();
        pendingMarker = marker;
        pendingMarkerRight = right;
    }

    /** A marker that found no text (an empty list item) still gets its own line. */
    void flushMarker() {
        var marker = pendingMarker;
        if (marker != null) {
            pendingMarker = null;
            var line = TextLine.of(Line.empty(marker.maxSize()), pendingMarkerRight, marker.maxSize() * HtmlLayout.LEADING);
            add(line.withMarker(marker, pendingMarkerRight), List.of(), false, null);
        }
    }

    /**
     * Adds the lines of one block. Unless {@code keepAll} (headings), a paragraph's first line is
     * never left alone at the bottom of a page, nor its last line alone at the top of the next.
     */
    void addLines(List<TextLine> lines, List<QuoteBar> bars, boolean keepAll) {
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            if (i == 0 && pendingMarker != null) {
                line = line.withMarker(pendingMarker, pendingMarkerRight);
                pendingMarker = null;
            }
            boolean keep = keepAll || (lines.size() > 1 && (i == 0 || i == lines.size() - 2));
            add(line, bars, keep, null);
        }
    }

    void add(Drawable content, List<QuoteBar> bars, boolean keepWithNext, @Nullable Drawable repeatedHeader) {
        if (pendingMarker != null && !(content instanceof TextLine)) {
            flushMarker();
        }
        slices.add(new Slice(content, pendingSpace, keepWithNext, bars, repeatedHeader));
        pendingSpace = 0;
    }
}
