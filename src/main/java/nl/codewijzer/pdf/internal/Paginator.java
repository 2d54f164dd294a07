package nl.codewijzer.pdf.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Distributes slices over pages, top to bottom. A slice that does not fit starts a new page;
 * "keep with next" chains (a heading and the line after it, a header row and the first row) move
 * as one, unless the chain is taller than a page. A table row that starts a page gets its table's
 * header row above it again. Layout is finished before this runs, so the page count is known
 * before anything is drawn and every footer can say "page 2 of 5".
 */
final class Paginator {

    private static final float TOLERANCE = 0.01f;

    private final float top;
    private final float bottom;
    private final List<List<Placement>> pages = new ArrayList<>();
    private List<Placement> page = new ArrayList<>();
    private float y;
    private List<QuoteBar> previousBars = List.of();

    private Paginator(float top, float bottom) {
        this.top = top;
        this.bottom = bottom;
        this.y = top;
    }

    static List<List<Placement>> paginate(List<Slice> slices, float top, float bottom) {
        var paginator = new Paginator(top, bottom);
        for (int i = 0; i < slices.size(); i++) {
            paginator.place(slices, i);
        }
        paginator.pages.add(paginator.page);
        return paginator.pages;
    }

    private boolean atPageTop() {
        return page.isEmpty();
    }

    private void place(List<Slice> slices, int index) {
        var slice = slices.get(index);
        if (!atPageTop() && neededHeight(slices, index) > y - bottom + TOLERANCE) {
            pages.add(page);
            page = new ArrayList<>();
            y = top;
            previousBars = List.of();
        }
        var header = slice.repeatedHeader();
        if (atPageTop() && header != null) {
            put(header, slice.bars(), y);
        }
        float gap = atPageTop() ? 0 : slice.spaceBefore();
        put(slice.content(), slice.bars(), y - gap);
    }

    private void put(Drawable content, List<QuoteBar> bars, float contentTop) {
        float contentBottom = contentTop - content.height();
        var segments = new ArrayList<Placement.BarSegment>(bars.size());
        for (var bar : bars) {
            // A bar continues through the gap above the slice only inside the same quote.
            float barTop = previousBars.contains(bar) ? y : contentTop;
            segments.add(new Placement.BarSegment(bar.x(), barTop, contentBottom));
        }
        page.add(new Placement(content, contentTop, segments));
        y = contentBottom;
        previousBars = bars;
    }

    /** The height this slice needs here, with the slices it must stay with. */
    private float neededHeight(List<Slice> slices, int index) {
        var slice = slices.get(index);
        float alone = slice.spaceBefore() + slice.height();
        float chain = alone;
        for (int next = index; slices.get(next).keepWithNext() && next + 1 < slices.size(); next++) {
            var following = slices.get(next + 1);
            chain += following.spaceBefore() + following.height();
            if (chain > top - bottom) {
                return alone;
            }
        }
        return chain;
    }
}
