package nl.codewijzer.codetext;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Compares two versions of a code's Markdown source (not the rendered HTML): which lines were
 * added, removed or changed, and inside a changed line which words.
 *
 * <p>Lines are compared first (java-diff-utils, Myers). Within a block of replaced lines, an old
 * line is paired with a new line when they share at least half of their words: such a pair is one
 * {@link Kind#CHANGED} row with its changed words highlighted; a line without a partner is
 * {@link Kind#REMOVED} or {@link Kind#ADDED}. Words, runs of whitespace and single punctuation
 * marks are separate tokens, so "kat," to "hond," highlights only the word.
 *
 * <p><b>The HTML is safe as it is:</b> every piece of text is HTML-escaped ({@code & < > " '})
 * before it is put into the output, and the only markup added is {@code <del class="diff-del">}
 * and {@code <ins class="diff-ins">}. It can go into a Vaadin {@code Html} component without a
 * sanitiser; as {@code Html} needs one root element, wrap a fragment, for example
 * {@code new Html("<span>" + row.newHtml() + "</span>")}.
 *
 * <p>Line endings ({@code \r\n}, {@code \r}, {@code \n}) and a final line break do not count as
 * differences. Stateless and thread-safe.
 */
@Component
public class TextDiff {

    /** What happened to a line between the old and the new version. */
    public enum Kind { UNCHANGED, CHANGED, ADDED, REMOVED }

    /**
     * One row of a side-by-side view. An added line has no old side ({@code oldLine} null,
     * {@code oldHtml} empty); a removed line has no new side.
     *
     * @param oldLine 1-based line number in the old text, or null
     * @param newLine 1-based line number in the new text, or null
     * @param oldHtml the old line, escaped; removed words in {@code <del class="diff-del">}
     * @param newHtml the new line, escaped; added words in {@code <ins class="diff-ins">}
     */
    public record Row(Kind kind, @Nullable Integer oldLine, @Nullable Integer newLine, String oldHtml, String newHtml) {
    }

    /**
     * One row of an inline (single column) view. A changed line is one row that shows the removed
     * words in {@code <del class="diff-del">} directly followed by the words that replaced them in
     * {@code <ins class="diff-ins">}; an added or removed line is shown whole, without highlights
     * (the kind says what happened).
     */
    public record InlineRow(Kind kind, @Nullable Integer oldLine, @Nullable Integer newLine, String html) {
    }

    /** The outcome of {@link #compare(String, String)}; both views hold the same rows in the same order. */
    /** The counts are of lines a reader sees: blank lines added or removed are shown, not counted. */
    public record Comparison(List<Row> sideBySide, List<InlineRow> inline, int addedLines, int removedLines,
                             int changedLines) {

        public Comparison {
            sideBySide = List.copyOf(sideBySide);
            inline = List.copyOf(inline);
        }

        /** True when both versions have the same lines (blank ones included). */
        public boolean identical() {
            return inline.stream().allMatch(row -> row.kind() == Kind.UNCHANGED);
        }
    }

    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]+|\\s+|.", Pattern.DOTALL);
    private static final String DEL_OPEN = "<del class=\"diff-del\">";
    private static final String DEL_CLOSE = "</del>";
    private static final String INS_OPEN = "<ins class=\"diff-ins\">";
    private static final String INS_CLOSE = "</ins>";
    /** Share of words two lines must have in common to count as one changed line. */
    private static final double SAME_LINE_SIMILARITY = 0.5;
    /** Above this many old × new lines in one replaced block, a line is only compared with the next unpaired one. */
    private static final int MAX_PAIRING_WORK = 2_500;

    public TextDiff() {
    }

    /** Compares the old version of a Markdown source text with the new one. */
    public Comparison compare(String oldText, String newText) {
        List<String> oldLines = lines(oldText);
        List<String> newLines = lines(newText);
        Rows rows = new Rows();
        int oldIndex = 0;
        int newIndex = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(oldLines, newLines).getDeltas()) {
            int oldFrom = delta.getSource().getPosition();
            int newFrom = delta.getTarget().getPosition();
            while (oldIndex < oldFrom) {
                rows.unchanged(oldIndex++, newIndex++, oldLines);
            }
            pairReplacedLines(delta.getSource().getLines(), oldFrom, delta.getTarget().getLines(), newFrom, rows);
            oldIndex = oldFrom + delta.getSource().size();
            newIndex = newFrom + delta.getTarget().size();
        }
        while (oldIndex < oldLines.size()) {
            rows.unchanged(oldIndex++, newIndex++, oldLines);
        }
        return new Comparison(rows.sideBySide, rows.inline, rows.added, rows.removed, rows.changed);
    }

    /**
     * Walks the old lines of a replaced block in order; each is paired with the next new line that
     * resembles it, and the new lines skipped on the way count as added.
     */
    private static void pairReplacedLines(List<String> oldBlock, int oldFrom, List<String> newBlock, int newFrom,
                                          Rows rows) {
        List<List<String>> oldTokens = oldBlock.stream().map(TextDiff::tokens).toList();
        List<List<String>> newTokens = newBlock.stream().map(TextDiff::tokens).toList();
        boolean positionalOnly = (long) oldBlock.size() * newBlock.size() > MAX_PAIRING_WORK;
        int next = 0;
        for (int i = 0; i < oldBlock.size(); i++) {
            int partner = -1;
            if (positionalOnly) {
                if (next < newBlock.size()
                        && similarity(oldTokens.get(i), newTokens.get(next)) >= SAME_LINE_SIMILARITY) {
                    partner = next;
                }
            } else {
                for (int k = next; k < newBlock.size() && partner < 0; k++) {
                    if (similarity(oldTokens.get(i), newTokens.get(k)) >= SAME_LINE_SIMILARITY) {
                        partner = k;
                    }
                }
            }
            if (partner < 0) {
                rows.removed(oldFrom + i, oldBlock.get(i));
                continue;
            }
            while (next < partner) {
                rows.added(newFrom + next, newBlock.get(next));
                next++;
            }
            rows.changed(oldFrom + i, newFrom + partner, oldTokens.get(i), newTokens.get(partner));
            next = partner + 1;
        }
        while (next < newBlock.size()) {
            rows.added(newFrom + next, newBlock.get(next));
            next++;
        }
    }

    /** Dice coefficient over the non-whitespace tokens: 1 for the same words, 0 for none in common. */
    private static double similarity(List<String> oldTokens, List<String> newTokens) {
        Map<String, Integer> counts = new HashMap<>();
        int oldWords = 0;
        for (String token : oldTokens) {
            if (!token.isBlank()) {
                counts.merge(token, 1, Integer::sum);
                oldWords++;
            }
        }
        int newWords = 0;
        int common = 0;
        for (String token : newTokens) {
            if (!token.isBlank()) {
                newWords++;
                Integer left = counts.get(token);
                if (left != null && left > 0) {
                    counts.put(token, left - 1);
                    common++;
                }
            }
        }
        return oldWords + newWords == 0 ? 0 : 2.0 * common / (oldWords + newWords);
    }

    static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(Arrays.asList(LINE_BREAK.split(text, -1)));
        if (lines.getLast().isEmpty()) {
            lines.removeLast(); // the final line break ends the last line; it does not start a new one
        }
        return lines;
    }

    static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(line);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        appendEscaped(escaped, text);
        return escaped.toString();
    }

    private static void appendEscaped(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    private static void appendTokens(StringBuilder out, List<String> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            appendEscaped(out, tokens.get(i));
        }
    }

    private static void appendMarked(StringBuilder out, String open, List<String> tokens, int from, int to,
                                     String close) {
        if (from < to) {
            out.append(open);
            appendTokens(out, tokens, from, to);
            out.append(close);
        }
    }

    /** A replaced run of tokens: old tokens [oldFrom, oldTo) became new tokens [newFrom, newTo). */
    private record Replacement(int oldFrom, int oldTo, int newFrom, int newTo) {
    }

    /**
     * The word-level replacements between two lines. Replacements separated only by whitespace are
     * joined, so "de oude kat" to "het nieuwe kat" reads as one change, not two.
     */
    private static List<Replacement> replacements(List<String> oldTokens, List<String> newTokens) {
        List<Replacement> joined = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(oldTokens, newTokens).getDeltas()) {
            Replacement next = new Replacement(delta.getSource().getPosition(),
                    delta.getSource().getPosition() + delta.getSource().size(),
                    delta.getTarget().getPosition(), delta.getTarget().getPosition() + delta.getTarget().size());
            if (!joined.isEmpty() && onlyWhitespace(oldTokens, joined.getLast().oldTo(), next.oldFrom())) {
                Replacement previous = joined.removeLast();
                next = new Replacement(previous.oldFrom(), next.oldTo(), previous.newFrom(), next.newTo());
            }
            joined.add(next);
        }
        return joined;
    }

    private static boolean onlyWhitespace(List<String> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!tokens.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Collects the rows of both views and the counts while the comparison walks the texts. */
    private static final class Rows {
        final List<Row> sideBySide = new ArrayList<>();
        final List<InlineRow> inline = new ArrayList<>();
        int added;
        int removed;
        int changed;

        void unchanged(int oldIndex, int newIndex, List<String> oldLines) {
            String html = escape(oldLines.get(oldIndex));
            sideBySide.add(new Row(Kind.UNCHANGED, oldIndex + 1, newIndex + 1, html, html));
            inline.add(new InlineRow(Kind.UNCHANGED, oldIndex + 1, newIndex + 1, html));
        }

        void removed(int oldIndex, String line) {
            String html = escape(line);
            sideBySide.add(new Row(Kind.REMOVED, oldIndex + 1, null, html, ""));
            inline.add(new InlineRow(Kind.REMOVED, oldIndex + 1, null, html));
            if (!line.isBlank()) {
                removed++;
            }
        }

        void added(int newIndex, String line) {
            String html = escape(line);
            sideBySide.add(new Row(Kind.ADDED, null, newIndex + 1, "", html));
            inline.add(new InlineRow(Kind.ADDED, null, newIndex + 1, html));
            if (!line.isBlank()) { // a blank line is no line a reader counts as added
                added++;
            }
        }

        void changed(int oldIndex, int newIndex, List<String> oldTokens, List<String> newTokens) {
            StringBuilder oldHtml = new StringBuilder();
            StringBuilder newHtml = new StringBuilder();
            StringBuilder inlineHtml = new StringBuilder();
            int oldAt = 0;
            int newAt = 0;
            for (Replacement replacement : replacements(oldTokens, newTokens)) {
                appendTokens(oldHtml, oldTokens, oldAt, replacement.oldFrom());
                appendTokens(newHtml, newTokens, newAt, replacement.newFrom());
                appendTokens(inlineHtml, oldTokens, oldAt, replacement.oldFrom());
                appendMarked(oldHtml, DEL_OPEN, oldTokens, replacement.oldFrom(), replacement.oldTo(), DEL_CLOSE);
                appendMarked(newHtml, INS_OPEN, newTokens, replacement.newFrom(), replacement.newTo(), INS_CLOSE);
                appendMarked(inlineHtml, DEL_OPEN, oldTokens, replacement.oldFrom(), replacement.oldTo(), DEL_CLOSE);
                appendMarked(inlineHtml, INS_OPEN, newTokens, replacement.newFrom(), replacement.newTo(), INS_CLOSE);
                oldAt = replacement.oldTo();
                newAt = replacement.newTo();
            }
            appendTokens(oldHtml, oldTokens, oldAt, oldTokens.size());
            appendTokens(newHtml, newTokens, newAt, newTokens.size());
            appendTokens(inlineHtml, oldTokens, oldAt, oldTokens.size());
            sideBySide.add(new Row(Kind.CHANGED, oldIndex + 1, newIndex + 1, oldHtml.toString(), newHtml.toString()));
            inline.add(new InlineRow(Kind.CHANGED, oldIndex + 1, newIndex + 1, inlineHtml.toString()));
            changed++;
        }
    }
}
