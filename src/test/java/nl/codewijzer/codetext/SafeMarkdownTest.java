package nl.codewijzer.codetext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.codewijzer.codetext.SafeMarkdown.Heading;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SafeMarkdownTest {

    private final SafeMarkdown markdown = new SafeMarkdown();

    private Element render(String source) {
        return Jsoup.parseBodyFragment(markdown.toHtml(source)).body();
    }

    @Test
    void headings_render_at_their_level_with_an_id() {
        Element body = render("# Gedragscode\n\n## Doel en reikwijdte\n\n### Wat is *privé*?\n");

        assertThat(body.select("h1").text()).isEqualTo("Gedragscode");
        assertThat(body.select("h1").attr("id")).isEqualTo("gedragscode");
        assertThat(body.select("h2").attr("id")).isEqualTo("doel-en-reikwijdte");
        assertThat(body.select("h3 em").text()).isEqualTo("privé");
        assertThat(body.select("h3").attr("id")).isEqualTo("wat-is-prive");
    }

    @Test
    void bullet_and_numbered_lists_render_and_a_numbered_list_keeps_its_start() {
        Element body = render("- WhatsApp\n- Instagram\n\n3. derde\n4. vierde\n");

        assertThat(body.select("ul > li").eachText()).containsExactly("WhatsApp", "Instagram");
        assertThat(body.select("ol > li").eachText()).containsExactly("derde", "vierde");
        assertThat(body.select("ol").attr("start")).isEqualTo("3");
    }

    @Test
    void tables_render_with_header_cells_and_column_alignment() {
        Element body = render("""
                | Kanaal | Wie | Reactie |
                |:-------|:---:|--------:|
                | Mail   | ouders | 2 dagen |
                """);

        assertThat(body.select("table thead th").eachText()).containsExactly("Kanaal", "Wie", "Reactie");
        assertThat(body.select("table tbody td").eachText()).containsExactly("Mail", "ouders", "2 dagen");
        assertThat(body.select("th").eachAttr("align")).containsExactly("left", "center", "right");
        assertThat(body.select("[style], [class]")).isEmpty();
    }

    @Test
    void emphasis_strong_strikethrough_code_quote_and_rule_render() {
        Element body = render("Dit is *nadruk*, **belangrijk**, ~~vervallen~~ en `#klas3b`.\n\n> Citaat\n\n---\n\n```\nregel <1>\n```\n");

        assertThat(body.select("p em").text()).isEqualTo("nadruk");
        assertThat(body.select("p strong").text()).isEqualTo("belangrijk");
        assertThat(body.select("p del").text()).isEqualTo("vervallen");
        assertThat(body.select("p code").text()).isEqualTo("#klas3b");
        assertThat(body.select("blockquote p").text()).isEqualTo("Citaat");
        assertThat(body.select("hr")).hasSize(1);
        assertThat(body.select("pre code").text()).isEqualTo("regel <1>");
    }

    @Test
    void links_keep_their_address_and_open_safely_in_a_new_tab() {
        Element link = render("Zie [de wet](https://wetten.overheid.nl/avg).").selectFirst("a");

        assertThat(link).isNotNull();
        assertThat(link.text()).isEqualTo("de wet");
        assertThat(link.attr("href")).isEqualTo("https://wetten.overheid.nl/avg");
        assertThat(link.attr("target")).isEqualTo("_blank");
        assertThat(link.attr("rel")).isEqualTo("nofollow noopener noreferrer");
    }

    @Test
    void mail_links_autolinks_and_reference_links_render() {
        Element body = render("[Mail ons](mailto:info@school.nl), <https://school.nl> en [het reglement][r].\n\n[r]: https://school.nl/mr\n");

        assertThat(body.select("a").eachAttr("href"))
                .containsExactly("mailto:info@school.nl", "https://school.nl", "https://school.nl/mr");
    }

    @Test
    void a_link_to_a_heading_stays_on_the_page() {
        Element link = render("# Doel\n\nLees eerst [het doel](#doel).").selectFirst("a");

        assertThat(link).isNotNull();
        assertThat(link.attr("href")).isEqualTo("#doel");
        assertThat(link.hasAttr("target")).isFalse();
    }

    @Test
    void an_image_is_shown_as_a_link_labelled_with_its_alt_text() {
        Element body = render("![Logo van de school](https://school.nl/logo.png)");

        assertThat(body.select("img")).isEmpty();
        assertThat(body.select("a").text()).isEqualTo("Logo van de school");
        assertThat(body.select("a").attr("href")).isEqualTo("https://school.nl/logo.png");
    }

    @Test
    void a_link_with_a_forbidden_address_keeps_only_its_text() {
        Element body = render("Klik [hier](JavaScript:alert(1)) of ![het logo](file:///logo.png).");

        assertThat(body.select("a")).isEmpty();
        assertThat(body.text()).isEqualTo("Klik hier of het logo.");
    }

    @Test
    void raw_html_is_shown_as_text() {
        Element body = render("Een <b>vet</b> woord.\n\n<div>blok</div>\n");

        assertThat(body.select("b, div")).isEmpty();
        assertThat(body.text()).contains("Een <b>vet</b> woord.").contains("<div>blok</div>");
    }

    @Test
    void dutch_and_polish_characters_survive_unchanged() {
        String text = "Café, ideeën, ĳsbaan, Łukasz en 's avonds: één keer.";

        String html = markdown.toHtml(text);

        assertThat(Jsoup.parseBodyFragment(html).text()).isEqualTo(text);
        assertThat(html).contains("Café", "ideeën", "ĳsbaan", "Łukasz", "één");
    }

    @Test
    void outline_lists_headings_with_levels_text_and_anchors() {
        List<Heading> outline = markdown.outline("""
                # Gedragscode sociale media

                Inleiding.

                ## Doel

                ### Één keer per week 's avonds

                ## Doel

                #### Łódź & ĳs
                """);

        assertThat(outline).containsExactly(
                new Heading(1, "Gedragscode sociale media", "gedragscode-sociale-media"),
                new Heading(2, "Doel", "doel"),
                new Heading(3, "Één keer per week 's avonds", "een-keer-per-week-s-avonds"),
                new Heading(2, "Doel", "doel-2"),
                new Heading(4, "Łódź & ĳs", "lodz-ijs"));
    }

    @Test
    void outline_anchors_are_the_ids_in_the_html() {
        String source = "# Doel\n\n## Doel\n\n## !!!\n\n## Wie? *Iedereen*\n\nSetext\n------\n";

        List<String> ids = render(source).select("h1, h2, h3, h4, h5, h6").eachAttr("id");

        assertThat(ids).containsExactly("doel", "doel-2", "sectie", "wie-iedereen", "setext");
        assertThat(markdown.outline(source)).extracting(Heading::anchor).isEqualTo(ids);
    }

    @Test
    void one_instance_renders_the_same_from_several_threads() throws Exception {
        String source = "# Kop\n\n## Kop\n\n" + "Tekst met [link](https://school.nl) en ![beeld](https://school.nl/b.png).\n\n".repeat(50);
        String expected = markdown.toHtml(source);

        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<String>> results = pool.invokeAll(
                    Collections.nCopies(40, (Callable<String>) () -> markdown.toHtml(source)));
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        }
    }

    @Test
    void empty_text_renders_nothing_and_has_no_outline() {
        assertThat(markdown.toHtml("")).isEmpty();
        assertThat(markdown.outline("")).isEmpty();
    }
}
