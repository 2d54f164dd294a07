package nl.codewijzer.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Collects the inline content of one block (a paragraph, a heading, a table cell) as styled runs.
 * Whitespace is collapsed as a browser does: any run of spaces, tabs and newlines becomes one
 * space, also across element boundaries, and none is kept at the start or end of a line.
 * Every run's text is made printable in its face here, so layout and drawing never meet a
 * character the font lacks.
 */
final class InlineText {

    /** Elements that start a new block; inside a table cell they become line breaks. */
    static final Set<String> BLOCK_TAGS = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "hr",
            "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "section", "article", "header",
            "footer", "nav", "aside", "main", "figure", "figcaption", "dl", "dt", "dd", "details", "summary");

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final float URL_SCALE = 0.82f;
    private static final char SOFT_HYPHEN = '\u00AD';

    private final List<Run> runs = new ArrayList<>();
    private boolean atLineStart = true;
    private @Nullable Style pendingSpace;

    static boolean isBlock(Node node) {
        return node instanceof Element element && BLOCK_TAGS.contains(element.normalName());
    }

    /**
     * Adds a node and its descendants. Block elements met here (a paragraph inside a table cell)
     * are set on lines of their own.
     */
    void addNode(Node node, Style style) {
        if (node instanceof TextNode text) {
            addText(text.getWholeText(), style);
        } else if (node instanceof Element element) {
            addElement(element, style);
        }
    }

    private void addElement(Element element, Style style) {
        switch (element.normalName()) {
            case "br" -> lineBreak(style);
            case "strong", "b" -> addChildren(element, style.bold());
            case "em", "i", "cite", "dfn" -> addChildren(element, style.italic());
            case "del", "s", "strike" -> addChildren(element, style.struck());
            case "code", "kbd", "samp", "tt" -> addChildren(element, style.asCode());
            case "a" -> addLink(element, style);
            case "script", "style", "template", "img" -> {
                // nothing printable; safe HTML has none of these anyway
            }
            default -> {
                boolean block = BLOCK_TAGS.contains(element.normalName());
                if (block) {
                    softBreak(style);
                }
                addChildren(element, style);
                if (block) {
                    softBreak(style);
                }
            }
        }
    }

    private void addChildren(Element element, Style style) {
        for (var child : element.childNodes()) {
            addNode(child, style);
        }
    }

    /**
     * A link prints its text; on paper the address cannot be clicked, so it follows in small type
     * when the text does not already show it.
     */
    private void addLink(Element link, Style style) {
        var href = link.attr("href").strip();
        if (!isPrintableLink(href)) {
            addChildren(link, style);
            return;
        }
        var linked = style.linkedTo(href);
        addChildren(link, linked);
        if (!sameAddress(link.text(), href)) {
            addText(" (" + href + ")", linked.sized(style.size() * URL_SCALE).colored(Palette.MUTED));
        }
    }

    private static boolean isPrintableLink(String href) {
        int colon = href.indexOf(':');
        return colon > 0 && LINK_SCHEMES.contains(href.substring(0, colon).toLowerCase(Locale.ROOT));
    }

    private static boolean sameAddress(String text, String href) {
        return bare(text).equalsIgnoreCase(bare(href));
    }

    private static String bare(String address) {
        var result = address.strip().replaceFirst("(?i)^(https?://|mailto:)", "");
        if (result.toLowerCase(Locale.ROOT).startsWith("www.")) {
            result = result.substring(4);
        }
        return result.endsWith("/") ? result.substring(0, result.length() - 1) : result;
    }

    /** Text as in normal flow: runs of whitespace collapse to one space. */
    void addText(String raw, Style style) {
        var chunk = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
                if (!atLineStart && pendingSpace == null) {
                    pendingSpace = style;
                }
                continue;
            }
            if (c == SOFT_HYPHEN) {
                // We do not hyphenate, and the font would print it as a visible hyphen.
                continue;
            }
            if (pendingSpace != null) {
                if (pendingSpace.equals(style)) {
                    chunk.append(' ');
                } else {
                    add(" ", pendingSpace);
                }
                pendingSpace = null;
            }
            chunk.append(c);
            atLineStart = false;
        }
        if (!chunk.isEmpty()) {
            add(chunk.toString(), style);
        }
    }

    /** Text as in {@code pre}: spaces kept, each newline a line break, tabs to the next multiple of four. */
    void addPreformatted(String raw, Style style) {
        var chunk = new StringBuilder();
        int column = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '\r' -> {
                }
                case '\n' -> {
                    if (!chunk.isEmpty()) {
                        add(chunk.toString(), style);
                        chunk.setLength(0);
                    }
                    lineBreak(style);
                    column = 0;
                }
                case '\t' -> {
                    int spaces = 4 - column % 4;
                    chunk.append(" ".repeat(spaces));
                    column += spaces;
                }
                default -> {
                    chunk.append(c);
                    column++;
                }
            }
        }
        if (!chunk.isEmpty()) {
            add(chunk.toString(), style);
        }
    }

    void lineBreak(Style style) {
        pendingSpace = null;
        runs.add(Run.lineBreak(style));
        atLineStart = true;
    }

    /** A break only if something is on the current line: blocks inside a cell each start a line. */
    private void softBreak(Style style) {
        if (!atLineStart) {
            lineBreak(style);
        }
    }

    private void add(String text, Style style) {
        var printable = style.face().printable(text);
        if (printable.isEmpty()) {
            return;
        }
        atLineStart = false;
        if (!runs.isEmpty()) {
            var last = runs.getLast();
            if (!last.isLineBreak() && last.style().equals(style)) {
                runs.set(runs.size() - 1, new Run(last.text() + printable, style));
                return;
            }
        }
        runs.add(new Run(printable, style));
    }

    /** The runs, without trailing line breaks: a block ends with its last text. */
    List<Run> finish() {
        while (!runs.isEmpty() && runs.getLast().isLineBreak()) {
            runs.removeLast();
        }
        return runs;
    }
}
