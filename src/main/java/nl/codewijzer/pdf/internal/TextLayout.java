package nl.codewijzer.pdf.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks inline runs into lines of at most a given width, the way a browser does with
 * {@code overflow-wrap: anywhere}: between words where possible, inside a word only when the word
 * alone is wider than a line (a SHA-256 hash, a long URL). A word may span several runs, as in
 * "<strong>Ł</strong>ukasz", and is then kept together too.
 */
final class TextLayout {

    private static final float TOLERANCE = 0.01f;

    private TextLayout() {
    }

    static List<Line> wrap(List<Run> runs, float maxWidth) {
        var wrapper = new Wrapper(maxWidth);
        for (var run : runs) {
            if (run.isLineBreak()) {
                wrapper.hardBreak(run.style());
                continue;
            }
            var text = run.text();
            int i = 0;
            while (i < text.length()) {
                boolean space = text.charAt(i) == ' ';
                int end = i;
                while (end < text.length() && (text.charAt(end) == ' ') == space) {
                    end++;
                }
                if (space) {
                    wrapper.space(text.substring(i, end), run.style());
                } else {
                    wrapper.wordPart(text.substring(i, end), run.style());
                }
                i = end;
            }
        }
        return wrapper.finish();
    }

    /** Widths that decide a table column: the widest line if nothing wrapped, and the widest word. */
    record Extent(float natural, float longestWord) {
    }

    static Extent measure(List<Run> runs) {
        float natural = 0;
        float lineWidth = 0;
        float longestWord = 0;
        float wordWidth = 0;
        for (var run : runs) {
            if (run.isLineBreak()) {
                natural = Math.max(natural, lineWidth);
                longestWord = Math.max(longestWord, wordWidth);
                lineWidth = 0;
                wordWidth = 0;
                continue;
            }
            var text = run.text();
            var style = run.style();
            lineWidth += style.width(text);
            int wordStart = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == ' ') {
                    if (i > wordStart) {
                        wordWidth += style.width(text.substring(wordStart, i));
                    }
                    if (i < text.length()) {
                        longestWord = Math.max(longestWord, wordWidth);
                        wordWidth = 0;
                    }
                    wordStart = i + 1;
                }
            }
        }
        return new Extent(Math.max(natural, lineWidth), Math.max(longestWord, wordWidth));
    }

    private record Piece(String text, Style style, float width) {
    }

    private static final class Wrapper {

        private final float maxWidth;
        private final List<Line> lines = new ArrayList<>();
        private final List<Piece> word = new ArrayList<>();
        private final List<Piece> spaces = new ArrayList<>();
        private LineBuilder line = new LineBuilder();
        /** At the start of the text or right after a forced break: leading spaces count here. */
        private boolean hardLineStart = true;

        Wrapper(float maxWidth) {
            this.maxWidth = maxWidth;
        }

        void wordPart(String text, Style style) {
            word.add(new Piece(text, style, style.width(text)));
        }

        void space(String text, Style style) {
            placeWord();
            spaces.add(new Piece(text, style, style.width(text)));
        }

        void hardBreak(Style style) {
            placeWord();
            spaces.clear();
            lines.add(line.build(style.size()));
            line = new LineBuilder();
            hardLineStart = true;
        }

        List<Line> finish() {
            placeWord();
            if (!line.isEmpty()) {
                lines.add(line.build(0));
            }
            return lines;
        }

        private void placeWord() {
            if (word.isEmpty()) {
                return;
            }
            float wordWidth = 0;
            for (var piece : word) {
                wordWidth += piece.width();
            }
            float spaceWidth = 0;
            for (var piece : spaces) {
                spaceWidth += piece.width();
            }
            if (line.isEmpty()) {
                if (hardLineStart) {
                    addAll(spaces);
                }
            } else if (line.width() + spaceWidth + wordWidth <= maxWidth + TOLERANCE) {
                addAll(spaces);
            } else {
                newLine();
            }
            if (line.width() + wordWidth <= maxWidth + TOLERANCE) {
                addAll(word);
            } else {
                placeCharacterByCharacter();
            }
            word.clear();
            spaces.clear();
            hardLineStart = false;
        }

        private void addAll(List<Piece> pieces) {
            for (var piece : pieces) {
                line.add(piece.text(), piece.style(), piece.width());
            }
        }

        /** A word wider than the rest of the line: fill the line, break, go on (at least one character a line). */
        private void placeCharacterByCharacter() {
            for (var piece : word) {
                var text = piece.text();
                var style = piece.style();
                int start = 0;
                float chunkWidth = 0;
                for (int i = 0; i < text.length(); ) {
                    int codePoint = text.codePointAt(i);
                    float charWidth = style.face().width(codePoint, style.size());
                    if (line.width() + chunkWidth + charWidth > maxWidth + TOLERANCE && !(line.isEmpty() && i == start)) {
                        if (i > start) {
                            line.add(text.substring(start, i), style, chunkWidth);
                        }
                        newLine();
                        start = i;
                        chunkWidth = 0;
                    }
                    chunkWidth += charWidth;
                    i += Character.charCount(codePoint);
                }
                if (start < text.length()) {
                    line.add(text.substring(start), style, chunkWidth);
                }
            }
        }

        private void newLine() {
            if (!line.isEmpty()) {
                lines.add(line.build(0));
                line = new LineBuilder();
            }
        }
    }

    /** Collects fragments, merging neighbours of the same style so each costs one text operator. */
    private static final class LineBuilder {

        private final List<Fragment> fragments = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private Style style = Style.of(FontFace.REGULAR, 0, Palette.TEXT);
        private float fragmentX;
        private float fragmentWidth;
        private float width;
        private float maxSize;
        private boolean empty = true;

        boolean isEmpty() {
            return empty;
        }

        float width() {
            return width;
        }

        void add(String more, Style moreStyle, float moreWidth) {
            if (empty || !moreStyle.equals(style)) {
                flush();
                style = moreStyle;
                fragmentX = width;
                fragmentWidth = 0;
                maxSize = Math.max(maxSize, moreStyle.size());
                empty = false;
            }
            text.append(more);
            fragmentWidth += moreWidth;
            width += moreWidth;
        }

        private void flush() {
            if (!text.isEmpty()) {
                fragments.add(new Fragment(text.toString(), style, fragmentX, fragmentWidth));
                text.setLength(0);
            }
        }

        Line build(float sizeIfEmpty) {
            flush();
            return new Line(List.copyOf(fragments), width, empty ? sizeIfEmpty : maxSize);
        }
    }
}
