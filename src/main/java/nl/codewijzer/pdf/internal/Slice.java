package nl.codewijzer.pdf.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A horizontal strip of the page flow: a line of text, a table row, a rule. Page breaks fall only
 * between slices; the {@link Paginator} decides where.
 *
 * @param spaceBefore vertical space above the slice, dropped at the top of a page
 * @param keepWithNext never end a page after this slice (a heading, a table's header row, the
 *     first line of a paragraph)
 * @param bars the quote bars beside the slice, one per enclosing blockquote
 * @param repeatedHeader drawn first when this slice starts a page (a table's header row)
 */
record Slice(Drawable content, float spaceBefore, boolean keepWithNext, List<QuoteBar> bars, @Nullable Drawable repeatedHeader) {

    Slice keptWithNext() {
        return new Slice(content, spaceBefore, true, bars, repeatedHeader);
    }

    float height() {
        return content.height();
    }
}
