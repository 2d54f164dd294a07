package nl.codewijzer.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Walks the safe HTML of a body (parsed with jsoup) and lays it out into a {@link Flow}: blocks
 * one below the other, each at the indent and width of its context (list items and quotes are
 * indented, and a quote draws a bar to its left).
 */
final class HtmlLayout {

    static final float BODY_SIZE = 10.5f;
    /** Line height as a multiple of the font size. */
    static final float LEADING = 1.42f;
    static final float PARAGRAPH_SPACE = 7f;

    private static final float[] HEADING_SIZES = {17f, 14.5f, 12.5f, 11.5f, 10.5f, 10.5f};
    private static final float[] HEADING_SPACE_BEFORE = {18f, 15f, 12f, 10f, 9f, 9f};
    private static final float[] HEADING_SPACE_AFTER = {6f, 5f, 4f, 3f, 3f, 3f};
    private static final String[] BULLETS = {"\u2022", "\u25E6", "\u25AA"};
    private static final float LIST_INDENT = 20f;
    private static final float MARKER_GAP = 6f;
    private static final float ITEM_SPACE = 2.5f;
    private static final float QUOTE_INDENT = 14f;
    private static final float CODE_SIZE = 9f;
    private static final float CODE_LEADING = 1.35f;
    private static final float CODE_PADDING = 6f;
    private static final float RULE_SPACE = 10f;

    /**
     * Where a block is set: its left edge and width, its text style, the quote bars beside it and
     * how deeply it sits in lists.
     */
    record Context(float left, float width, Style text, List<QuoteBar> bars, int listLevel) {

        Context inList() {
            return new Context(left + LIST_INDENT, width - LIST_INDENT, text, bars, listLevel + 1);
        }

        Context quoted(QuoteBar bar) {
            var withBar = new ArrayList<>(bars);
            withBar.add(bar);
            return new Context(left + QUOTE_INDENT, width - QUOTE_INDENT, text.colored(Palette.QUOTE_TEXT),
                    List.copyOf(withBar), listLevel);
        }
    }

    private final Flow flow;
    private int quotes;

    private HtmlLayout(Flow flow) {
        this.flow = flow;
    }

    /** Lays out the body between {@code left} and {@code left + width}. */
    static void layout(String safeHtml, Flow flow, float left, float width) {
        var body = Jsoup.parseBodyFragment(safeHtml).body();
        var context = new Context(left, width, Style.of(FontFace.REGULAR, BODY_SIZE, Palette.TEXT), List.of(), 0);
        new HtmlLayout(flow).blocks(body, context);
    }

    /** The children of a container: loose inline content between blocks forms a paragraph of its own. */
    private void blocks(Element parent, Context context) {
        InlineText inline = null;
        for (Node child : parent.childNodes()) {
            if (InlineText.isBlock(child)) {
                if (inline != null) {
                    paragraph(inline.finish(), context);
                    inline = null;
                }
                block((Element) child, context);
            } else {
                if (inline == null) {
                    inline = new InlineText();
                }
                inline.addNode(child, context.text());
            }
        }
        if (inline != null) {
            paragraph(inline.finish(), context);
        }
    }

    private void block(Element element, Context context) {
        switch (element.normalName()) {
            case "p" -> {
                flow.space(PARAGRAPH_SPACE);
                paragraph(inlineOf(element, context.text()), context);
                flow.space(PARAGRAPH_SPACE);
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(element, element.normalName().charAt(1) - '0', context);
            case "ul", "ol" -> list(element, context);
            case "blockquote" -> quote(element, context);
            case "pre" -> preformatted(element, context);
            case "hr" -> rule(context);
            case "table" -> {
                flow.space(PARAGRAPH_SPACE + 2);
                TableLayout.layout(element, context, flow);
                flow.space(PARAGRAPH_SPACE + 2);
            }
            default -> blocks(element, context);
        }
    }

    private static List<Run> inlineOf(Element element, Style style) {
        var inline = new InlineText();
        for (var child : element.childNodes()) {
            inline.addNode(child, style);
        }
        return inline.finish();
    }

    private void paragraph(List<Run> runs, Context context) {
        if (runs.isEmpty()) {
            return;
        }
        flow.addLines(textLines(runs, context), context.bars(), false);
    }

    private static List<TextLine> textLines(List<Run> runs, Context context) {
        var lines = TextLayout.wrap(runs, context.width());
        var result = new ArrayList<TextLine>(lines.size());
        float normal = context.text().size() * LEADING;
        for (var line : lines) {
            result.add(TextLine.of(line, context.left(), Math.max(normal, line.maxSize() * LEADING)));
        }
        return result;
    }

    /** Headings stay with what follows them: no heading ends a page. */
    private void heading(Element heading, int level, Context context) {
        var style = context.text().bold().sized(HEADING_SIZES[level - 1]).colored(level == 6 ? Palette.MUTED : Palette.HEADING);
        var runs = inlineOf(heading, style);
        if (runs.isEmpty()) {
            return;
        }
        flow.space(HEADING_SPACE_BEFORE[level - 1]);
        var lines = TextLayout.wrap(runs, context.width());
        var textLines = new ArrayList<TextLine>(lines.size());
        for (var line : lines) {
            textLines.add(TextLine.of(line, context.left(), line.maxSize() * 1.25f));
        }
        flow.addLines(textLines, context.bars(), true);
        flow.space(HEADING_SPACE_AFTER[level - 1]);
    }

    private void list(Element list, Context context) {
        boolean ordered = list.normalName().equals("ol");
        int number = ordered ? start(list) : 0;
        var itemContext = context.inList();
        float outerSpace = context.listLevel() == 0 ? PARAGRAPH_SPACE : ITEM_SPACE;
        flow.space(outerSpace);
        boolean first = true;
        for (var item : list.children()) {
            if (!item.normalName().equals("li")) {
                continue;
            }
            if (!first) {
                flow.space(ITEM_SPACE);
            }
            first = false;
            var markerText = ordered ? (number++) + "." : BULLETS[context.listLevel() % BULLETS.length];
            var markerStyle = ordered ? context.text() : context.text().colored(Palette.HEADING);
            flow.marker(Line.of(markerText, markerStyle), itemContext.left() - MARKER_GAP);
            blocks(item, itemContext);
            flow.flushMarker();
        }
        flow.space(outerSpace);
    }

    private static int start(Element list) {
        try {
            return Integer.parseInt(list.attr("start").strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void quote(Element quote, Context context) {
        flow.space(PARAGRAPH_SPACE);
        blocks(quote, context.quoted(new QuoteBar(++quotes, context.left() + 1)));
        flow.space(PARAGRAPH_SPACE);
    }

    /** A code block keeps its spaces and line breaks, on a light band; over-long lines wrap. */
    private void preformatted(Element pre, Context context) {
        var style = Style.of(FontFace.REGULAR, CODE_SIZE, Palette.TEXT);
        var inline = new InlineText();
        inline.addPreformatted(pre.wholeText(), style);
        var runs = inline.finish();
        if (runs.isEmpty()) {
            return;
        }
        var lines = TextLayout.wrap(runs, context.width() - 2 * CODE_PADDING);
        var band = new TextLine.Band(context.left(), context.width(), Palette.CODE_FILL);
        var textLines = new ArrayList<TextLine>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            var line = TextLine.of(lines.get(i), context.left() + CODE_PADDING, CODE_SIZE * CODE_LEADING);
            textLines.add(line.withBackground(band, i == 0 ? CODE_PADDING : 0, i == lines.size() - 1 ? CODE_PADDING : 0));
        }
        flow.space(PARAGRAPH_SPACE + 1);
        flow.addLines(textLines, context.bars(), false);
        flow.space(PARAGRAPH_SPACE + 1);
    }

    private void rule(Context context) {
        flow.space(RULE_SPACE);
        flow.add(new Rule(context.left(), context.width(), 1, 0.75f, Palette.RULE), context.bars(), false, null);
        flow.space(RULE_SPACE);
    }
}
