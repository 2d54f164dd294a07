package nl.codewijzer.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.codewijzer.pdf.TitleField;
import org.junit.jupiter.api.Test;

/** Line breaking and page breaking, checked on the layout itself (no PDF is written). */
class PdfLayoutTest {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final Style BODY = Style.of(FontFace.REGULAR, 10.5f, Palette.TEXT);
    private static final float H2_SIZE = 14.5f;

    @Test
    void a_word_wider_than_the_line_is_broken_inside_and_nothing_is_lost() {
        var lines = TextLayout.wrap(List.of(new Run("Hash: " + SHA, BODY)), 120);

        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(lines).allSatisfy(line -> assertThat(line.width()).isLessThanOrEqualTo(120.01f));
        assertThat(lines.getFirst().fragments().getFirst().text()).isEqualTo("Hash:");
        assertThat(lines.stream().skip(1).map(PdfLayoutTest::text).collect(Collectors.joining())).isEqualTo(SHA);
    }

    @Test
    void a_word_made_of_several_styles_is_kept_together() {
        var runs = List.of(new Run("Ł", BODY.bold()), new Run("ukasz Nowak", BODY));
        float width = BODY.bold().width("Ł") + BODY.width("ukasz") + 1;

        var lines = TextLayout.wrap(runs, width);

        assertThat(lines).extracting(PdfLayoutTest::text).containsExactly("Łukasz", "Nowak");
    }

    @Test
    void a_code_block_keeps_its_indentation_and_line_breaks() {
        var pages = paginate("<pre><code>eerste\n    tweede\n\nvierde</code></pre>");

        var texts = textLines(pages).stream().map(line -> text(line.line())).toList();
        assertThat(texts).containsExactly("eerste", "    tweede", "", "vierde");
    }

    @Test
    void no_heading_ends_a_page() {
        for (int before = 20; before < 60; before++) {
            var html = new StringBuilder();
            for (int i = 0; i < before; i++) {
                html.append("<p>Alinea ").append(i).append(" met wat tekst.</p>");
            }
            html.append("<h2>Kop die bij zijn tekst hoort</h2><p>De eerste regel na de kop.</p>");
            var pages = paginate(html.toString());
            for (var page : pages.subList(0, pages.size() - 1)) {
                var last = page.getLast().content();
                assertThat(last instanceof TextLine line && line.line().maxSize() == H2_SIZE)
                        .as("a page ends with the heading when %d paragraphs precede it", before)
                        .isFalse();
            }
        }
    }

    @Test
    void a_table_that_continues_on_the_next_page_repeats_its_header_row_there() {
        var html = new StringBuilder("<table><thead><tr><th>Nr</th><th>Afspraak</th></tr></thead><tbody>");
        for (int i = 1; i <= 120; i++) {
            html.append("<tr><td>").append(i).append("</td><td>Afspraak ").append(i).append("</td></tr>");
        }
        var pages = paginate(html.append("</tbody></table>").toString());

        assertThat(pages).hasSizeGreaterThan(2);
        for (var page : pages) {
            var firstRow = page.stream().map(Placement::content).filter(content -> !(content instanceof TextLine)).findFirst();
            assertThat(firstRow).isPresent();
            assertThat(isHeader(firstRow.get())).as("first table row on the page is the header").isTrue();
        }
    }

    @Test
    void a_row_taller_than_a_page_is_cut_into_parts_that_each_fit() {
        var cell = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            cell.append("regel ").append(i).append("<br>");
        }
        var pages = paginate("<table><tr><td>Lang</td><td>" + cell + "</td></tr></table>");

        assertThat(pages).hasSizeGreaterThan(1);
        for (var page : pages) {
            for (var placement : page) {
                assertThat(placement.top() - placement.content().height())
                        .isGreaterThanOrEqualTo(PageGeometry.BODY_BOTTOM - 0.01f);
            }
        }
    }

    @Test
    void columns_share_the_width_by_content_with_a_minimum() {
        var rows = List.of(
                List.of(runs("Nr"), runs("Afspraak over het delen van foto's en video's van leerlingen")),
                List.of(runs("1"), runs("Kort")));

        var widths = TableLayout.columnWidths(rows, 2, 400);

        assertThat(widths[0] + widths[1]).isCloseTo(400, org.assertj.core.data.Offset.offset(0.1f));
        assertThat(widths[0]).isGreaterThanOrEqualTo(36).isLessThan(widths[1] / 3);
    }

    @Test
    void nothing_is_set_beyond_the_right_margin() {
        var html = """
                <p>Adres: https://www.example.org/een/heel/lang/pad/zonder/spaties/dat/niet/past/op/een/regel/van/dit/document</p>
                <ul><li>Niveau een<ul><li>Niveau twee<ul><li>Niveau drie met hash %s</li></ul></li></ul></li></ul>
                <blockquote><blockquote><p>Dubbel citaat met hash %s</p></blockquote></blockquote>
                <table><tr><th>A</th><th>B</th><th>C</th><th>D</th><th>E</th><th>F</th></tr>
                <tr><td>%s</td><td>x</td><td>y</td><td>z</td><td>%s</td><td>w</td></tr></table>
                <pre><code>%s %s</code></pre>
                """.formatted(SHA, SHA, SHA, SHA, SHA, SHA);
        var flow = new Flow();
        TitleBlock.layout("Titel", List.of(new TitleField("SHA-256", SHA), new TitleField("Een heel lang label", SHA + " " + SHA)),
                flow, PageGeometry.LEFT, PageGeometry.CONTENT_WIDTH);
        HtmlLayout.layout(html, flow, PageGeometry.LEFT, PageGeometry.CONTENT_WIDTH);

        for (var slice : flow.slices()) {
            switch (slice.content()) {
                case TextLine line -> assertThat(line.x() + line.line().width()).isLessThanOrEqualTo(PageGeometry.RIGHT + 0.01f);
                case TableRow row -> row.cells().forEach(cell -> cell.lines().forEach(line ->
                        assertThat(line.width()).isLessThanOrEqualTo(cell.width() - 2 * TableRow.PADDING + 0.01f)));
                case FieldRow row -> row.value().forEach(line ->
                        assertThat(row.valueX() + line.width()).isLessThanOrEqualTo(PageGeometry.RIGHT + 0.01f));
                default -> {
                }
            }
        }
    }

    @Test
    void a_hash_in_the_title_block_is_set_on_one_line() {
        var flow = new Flow();
        TitleBlock.layout("Titel", List.of(new TitleField("SHA-256", SHA)), flow, PageGeometry.LEFT, PageGeometry.CONTENT_WIDTH);

        var row = flow.slices().stream().map(Slice::content).filter(FieldRow.class::isInstance).map(FieldRow.class::cast).findFirst();
        assertThat(row).isPresent();
        assertThat(row.get().value()).hasSize(1);
        assertThat(text(row.get().value().getFirst())).isEqualTo(SHA);
    }

    private static List<Run> runs(String text) {
        return List.of(new Run(text, BODY));
    }

    private static List<List<Placement>> paginate(String html) {
        var flow = new Flow();
        HtmlLayout.layout(html, flow, PageGeometry.LEFT, PageGeometry.CONTENT_WIDTH);
        return Paginator.paginate(flow.slices(), PageGeometry.BODY_TOP, PageGeometry.BODY_BOTTOM);
    }

    private static List<TextLine> textLines(List<List<Placement>> pages) {
        var result = new ArrayList<TextLine>();
        pages.forEach(page -> page.forEach(placement -> {
            if (placement.content() instanceof TextLine line) {
                result.add(line);
            }
        }));
        return result;
    }

    private static boolean isHeader(Drawable content) {
        return switch (content) {
            case TableRow row -> row.header();
            default -> content.getClass().getSimpleName().equals("Stack");
        };
    }

    private static String text(Line line) {
        return line.fragments().stream().map(Fragment::text).collect(Collectors.joining());
    }
}
