package nl.codewijzer.pdf.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Lays out a table across the full width of its context. Columns get widths in proportion to
 * their content (the width of their longest cell if nothing wrapped), but no less than their
 * longest word or a minimum, so that short columns are not squeezed into one letter a line.
 * Header rows are bold on a shaded band and are repeated at the top of each page the table
 * continues on; rows never break across pages, unless one row alone is taller than a page.
 */
final class TableLayout {

    static final float TEXT_SIZE = 9.5f;
    private static final float LEADING = 1.35f;
    private static final float MIN_COLUMN = 36f;
    /** A column's longest word claims at most this share of the width; longer words are broken. */
    private static final float MAX_WORD_SHARE = 0.45f;

    private TableLayout() {
    }

    private record SourceRow(List<Element> cells, boolean header) {
    }

    static void layout(Element table, HtmlLayout.Context context, Flow flow) {
        var rows = rows(table);
        int columns = rows.stream().mapToInt(row -> row.cells().size()).max().orElse(0);
        if (columns == 0) {
            return;
        }
        var body = context.text().sized(TEXT_SIZE);
        var runs = new ArrayList<List<List<Run>>>();
        for (var row : rows) {
            var rowRuns = new ArrayList<List<Run>>();
            for (var cell : row.cells()) {
                var style = row.header() || cell.normalName().equals("th") ? body.bold() : body;
                var inline = new InlineText();
                for (var child : cell.childNodes()) {
                    inline.addNode(child, style);
                }
                rowRuns.add(inline.finish());
            }
            runs.add(rowRuns);
        }
        var widths = columnWidths(runs, columns, context.width());
        float lineHeight = TEXT_SIZE * LEADING;

        var headerRows = new ArrayList<TableRow>();
        var bodyRows = new ArrayList<TableRow>();
        for (int r = 0; r < rows.size(); r++) {
            var cells = new ArrayList<TableRow.Cell>();
            float x = context.left();
            int lineCount = 0;
            for (int c = 0; c < columns; c++) {
                var cellRuns = c < runs.get(r).size() ? runs.get(r).get(c) : List.<Run>of();
                var lines = TextLayout.wrap(cellRuns, widths[c] - 2 * TableRow.PADDING);
                var align = c < rows.get(r).cells().size() ? align(rows.get(r).cells().get(c)) : TableRow.Align.LEFT;
                cells.add(new TableRow.Cell(x, widths[c], lines, align));
                lineCount = Math.max(lineCount, lines.size());
                x += widths[c];
            }
            var row = new TableRow(cells, context.left(), context.width(), lineHeight, lineCount, rows.get(r).header());
            (rows.get(r).header() ? headerRows : bodyRows).add(row);
        }

        float headerHeight = 0;
        for (var row : headerRows) {
            headerHeight += row.height();
            flow.add(row, context.bars(), true, null);
        }
        Drawable repeated = headerRows.isEmpty() ? null : new Stack(List.copyOf(headerRows));
        float maxRowHeight = PageGeometry.BODY_HEIGHT - headerHeight;
        for (var row : bodyRows) {
            for (var part : split(row, maxRowHeight)) {
                flow.add(part, context.bars(), false, repeated);
            }
        }
    }

    /** Rows of thead are headers; without a thead, a first row of only th cells is one. */
    private static List<SourceRow> rows(Element table) {
        var result = new ArrayList<SourceRow>();
        for (var child : table.children()) {
            switch (child.normalName()) {
                case "thead" -> child.children().stream().filter(row -> row.normalName().equals("tr"))
                        .forEach(row -> result.add(new SourceRow(cells(row), true)));
                case "tbody", "tfoot" -> child.children().stream().filter(row -> row.normalName().equals("tr"))
                        .forEach(row -> result.add(new SourceRow(cells(row), false)));
                case "tr" -> result.add(new SourceRow(cells(child), false));
                default -> {
                }
            }
        }
        boolean hasHeader = result.stream().anyMatch(SourceRow::header);
        if (!hasHeader && !result.isEmpty()) {
            var first = result.getFirst();
            if (!first.cells().isEmpty() && first.cells().stream().allMatch(cell -> cell.normalName().equals("th"))) {
                result.set(0, new SourceRow(first.cells(), true));
            }
        }
        return result;
    }

    private static List<Element> cells(Element row) {
        return row.children().stream().filter(cell -> cell.normalName().equals("td") || cell.normalName().equals("th")).toList();
    }

    private static TableRow.Align align(Element cell) {
        var align = cell.attr("align").toLowerCase(Locale.ROOT);
        var style = cell.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        if (align.equals("right") || style.contains("text-align:right")) {
            return TableRow.Align.RIGHT;
        }
        if (align.equals("center") || style.contains("text-align:center")) {
            return TableRow.Align.CENTER;
        }
        return TableRow.Align.LEFT;
    }

    /**
     * Shares the width out in proportion to each column's natural width; a column whose share is
     * below its floor gets its floor and the others share the rest (repeated until stable).
     */
    static float[] columnWidths(List<? extends List<List<Run>>> rows, int columns, float width) {
        var natural = new float[columns];
        var floor = new float[columns];
        float maxWord = width * MAX_WORD_SHARE;
        for (var row : rows) {
            for (int c = 0; c < row.size(); c++) {
                var extent = TextLayout.measure(row.get(c));
                natural[c] = Math.max(natural[c], extent.natural() + 2 * TableRow.PADDING);
                floor[c] = Math.max(floor[c], Math.min(maxWord, extent.longestWord() + 2 * TableRow.PADDING));
            }
        }
        for (int c = 0; c < columns; c++) {
            floor[c] = Math.max(floor[c], MIN_COLUMN);
            natural[c] = Math.max(natural[c], floor[c]);
        }
        float floorSum = 0;
        for (float f : floor) {
            floorSum += f;
        }
        var result = new float[columns];
        if (floorSum >= width) {
            for (int c = 0; c < columns; c++) {
                result[c] = width * floor[c] / floorSum;
            }
            return result;
        }
        var fixed = new boolean[columns];
        boolean changed = true;
        while (changed) {
            changed = false;
            float free = width;
            float naturalSum = 0;
            for (int c = 0; c < columns; c++) {
                if (fixed[c]) {
                    free -= floor[c];
                } else {
                    naturalSum += natural[c];
                }
            }
            for (int c = 0; c < columns; c++) {
                if (fixed[c]) {
                    result[c] = floor[c];
                    continue;
                }
                result[c] = free * natural[c] / naturalSum;
                if (result[c] < floor[c]) {
                    fixed[c] = true;
                    changed = true;
                }
            }
        }
        return result;
    }

    /** A row taller than a page is cut into parts of as many lines as fit on one. */
    private static List<TableRow> split(TableRow row, float maxHeight) {
        if (row.height() <= maxHeight) {
            return List.of(row);
        }
        int linesPerPart = Math.max(1, (int) ((maxHeight - 2 * TableRow.PADDING) / row.lineHeight()));
        var parts = new ArrayList<TableRow>();
        for (int from = 0; from < row.lineCount(); from += linesPerPart) {
            int to = Math.min(row.lineCount(), from + linesPerPart);
            var cells = new ArrayList<TableRow.Cell>();
            for (var cell : row.cells()) {
                var lines = cell.lines();
                var part = from < lines.size() ? lines.subList(from, Math.min(to, lines.size())) : List.<Line>of();
                cells.add(new TableRow.Cell(cell.x(), cell.width(), List.copyOf(part), cell.align()));
            }
            parts.add(new TableRow(cells, row.left(), row.width(), row.lineHeight(), to - from, row.header()));
        }
        return parts;
    }

    /** Several header rows drawn as one, when repeated on a new page. */
    private record Stack(List<TableRow> rows) implements Drawable {

        @Override
        public float height() {
            return (float) rows.stream().mapToDouble(TableRow::height).sum();
        }

        @Override
        public void draw(Canvas canvas, float top) throws IOException {
            for (var row : rows) {
                row.draw(canvas, top);
                top -= row.height();
            }
        }
    }
}
