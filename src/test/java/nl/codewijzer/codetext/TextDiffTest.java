package nl.codewijzer.codetext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import nl.codewijzer.codetext.TextDiff.Comparison;
import nl.codewijzer.codetext.TextDiff.InlineRow;
import nl.codewijzer.codetext.TextDiff.Kind;
import nl.codewijzer.codetext.TextDiff.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    private final TextDiff diff = new TextDiff();

    @Test
    void identical_texts_have_only_unchanged_rows() {
        String text = "# Gedragscode\n\nWe zijn vriendelijk.\n";

        Comparison comparison = diff.compare(text, text);

        assertThat(comparison.identical()).isTrue();
        assertThat(comparison.sideBySide()).extracting(Row::kind).containsOnly(Kind.UNCHANGED).hasSize(3);
        assertThat(comparison.addedLines() + comparison.removedLines() + comparison.changedLines()).isZero();
        assertThat(comparison.sideBySide()).allSatisfy(row -> assertThat(row.oldHtml()).isEqualTo(row.newHtml()));
    }

    @Test
    void line_endings_and_a_final_line_break_are_not_differences() {
        Comparison comparison = diff.compare("een\r\ntwee\r\n", "een\ntwee");

        assertThat(comparison.identical()).isTrue();
    }

    @Test
    void a_changed_word_is_highlighted_and_the_rest_of_the_line_is_not() {
        Comparison comparison = diff.compare(
                "Intro\nWe reageren binnen twee werkdagen op berichten.\nSlot\n",
                "Intro\nWe reageren binnen drie werkdagen op berichten.\nSlot\n");

        assertThat(comparison.changedLines()).isEqualTo(1);
        assertThat(comparison.identical()).isFalse();
        Row changed = comparison.sideBySide().get(1);
        assertThat(changed.kind()).isEqualTo(Kind.CHANGED);
        assertThat(changed.oldHtml())
                .isEqualTo("We reageren binnen <del class=\"diff-del\">twee</del> werkdagen op berichten.");
        assertThat(changed.newHtml())
                .isEqualTo("We reageren binnen <ins class=\"diff-ins\">drie</ins> werkdagen op berichten.");
        InlineRow inline = comparison.inline().get(1);
        assertThat(inline.kind()).isEqualTo(Kind.CHANGED);
        assertThat(inline.html()).isEqualTo(
                "We reageren binnen <del class=\"diff-del\">twee</del><ins class=\"diff-ins\">drie</ins> werkdagen op berichten.");
    }

    @Test
    void punctuation_is_its_own_token_so_only_the_word_is_marked() {
        Row row = diff.compare("Dus: de kat, de hond.", "Dus: de kat, de vis.").sideBySide().getFirst();

        assertThat(row.oldHtml()).isEqualTo("Dus: de kat, de <del class=\"diff-del\">hond</del>.");
        assertThat(row.newHtml()).isEqualTo("Dus: de kat, de <ins class=\"diff-ins\">vis</ins>.");
    }

    @Test
    void neighbouring_changed_words_form_one_highlight() {
        Row row = diff.compare("Ouders mailen de mentor direct.", "Ouders bellen het secretariaat direct.")
                .sideBySide().getFirst();

        assertThat(row.oldHtml()).isEqualTo("Ouders <del class=\"diff-del\">mailen de mentor</del> direct.");
        assertThat(row.newHtml()).isEqualTo("Ouders <ins class=\"diff-ins\">bellen het secretariaat</ins> direct.");
    }

    @Test
    void added_and_removed_lines_are_counted_and_shown_on_one_side_only() {
        Comparison comparison = diff.compare(
                "# Code\nOude regel over Facebook.\nBlijft staan.\n",
                "# Code\nBlijft staan.\nNieuwe regel over TikTok.\n");

        assertThat(comparison.sideBySide()).extracting(Row::kind)
                .containsExactly(Kind.UNCHANGED, Kind.REMOVED, Kind.UNCHANGED, Kind.ADDED);
        assertThat(comparison.removedLines()).isEqualTo(1);
        assertThat(comparison.addedLines()).isEqualTo(1);
        assertThat(comparison.changedLines()).isZero();
        Row removed = comparison.sideBySide().get(1);
        assertThat(removed.oldHtml()).isEqualTo("Oude regel over Facebook.");
        assertThat(removed.newHtml()).isEmpty();
        Row added = comparison.sideBySide().get(3);
        assertThat(added.oldHtml()).isEmpty();
        assertThat(added.newHtml()).isEqualTo("Nieuwe regel over TikTok.");
        assertThat(comparison.inline()).extracting(InlineRow::kind)
                .containsExactly(Kind.UNCHANGED, Kind.REMOVED, Kind.UNCHANGED, Kind.ADDED);
    }

    @Test
    void a_rewritten_line_is_removed_and_added_rather_than_changed() {
        Comparison comparison = diff.compare("Telefoons blijven in de tas.", "Iedereen is welkom op het schoolplein.");

        assertThat(comparison.sideBySide()).extracting(Row::kind).containsExactly(Kind.REMOVED, Kind.ADDED);
        assertThat(comparison.changedLines()).isZero();
    }

    @Test
    void a_line_inserted_before_a_changed_line_does_not_hide_the_change() {
        Comparison comparison = diff.compare(
                "Start\nWe posten geen foto's van leerlingen.\nEinde\n",
                "Start\nNieuw: een regel over video.\nWe posten geen foto's van leerlingen zonder toestemming.\nEinde\n");

        assertThat(comparison.sideBySide()).extracting(Row::kind)
                .containsExactly(Kind.UNCHANGED, Kind.ADDED, Kind.CHANGED, Kind.UNCHANGED);
        assertThat(comparison.sideBySide().get(2).newHtml())
                .contains("<ins class=\"diff-ins\"> zonder toestemming</ins>.");
    }

    @Test
    void rows_carry_old_and_new_line_numbers() {
        // "c" and "c d" share a word: one changed line; "d" has no partner left.
        Comparison comparison = diff.compare("a\nb\nc\nd\n", "a\nx\nb\nc d\n");

        assertThat(comparison.sideBySide()).extracting(Row::kind, Row::oldLine, Row::newLine).containsExactly(
                tuple(Kind.UNCHANGED, 1, 1),
                tuple(Kind.ADDED, null, 2),
                tuple(Kind.UNCHANGED, 2, 3),
                tuple(Kind.CHANGED, 3, 4),
                tuple(Kind.REMOVED, 4, null));
        assertThat(comparison.inline()).extracting(InlineRow::oldLine, InlineRow::newLine)
                .containsExactlyElementsOf(comparison.sideBySide().stream()
                        .map(row -> tuple(row.oldLine(), row.newLine())).toList());
    }

    @Test
    void an_empty_old_text_makes_every_line_added() {
        Comparison comparison = diff.compare("", "# Nieuw\n\nTekst\n");

        assertThat(comparison.addedLines()).as("the blank line is shown, not counted").isEqualTo(2);
        assertThat(comparison.sideBySide()).extracting(Row::newLine).containsExactly(1, 2, 3);
    }

    @Test
    void blank_lines_are_shown_but_not_counted_so_one_visible_line_reads_as_one_added() {
        Comparison comparison = diff.compare("# Titel\n\nTekst\n", "# Titel\n\nTekst\n\nNieuwe regel\n\n");

        assertThat(comparison.addedLines()).isEqualTo(1);
        assertThat(comparison.inline()).filteredOn(row -> row.kind() == Kind.ADDED).hasSize(3);
        assertThat(diff.compare("Tekst\n", "Tekst\n\n").identical()).as("a blank line is still a difference").isFalse();
    }

    @Test
    void html_in_the_source_is_escaped_in_every_view() {
        Comparison comparison = diff.compare(
                "Veilig \"citaat\" & 'zo'\nWeg\n",
                "Veilig \"citaat\" & 'zo' <script>alert(1)</script>\n<img src=x onerror=alert(1)>\n");

        List<String> fragments = new ArrayList<>();
        comparison.sideBySide().forEach(row -> {
            fragments.add(row.oldHtml());
            fragments.add(row.newHtml());
        });
        comparison.inline().forEach(row -> fragments.add(row.html()));

        assertThat(String.join("\n", fragments))
                .doesNotContain("<script", "<img", "\"citaat\"", "'zo'")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;",
                        "&quot;citaat&quot; &amp; &#39;zo&#39;");
        for (String fragment : fragments) {
            Element parsed = Jsoup.parseBodyFragment(fragment).body();
            assertThat(parsed.select("*").not("body, del.diff-del, ins.diff-ins")).as(fragment).isEmpty();
        }
    }

    @Test
    void dutch_characters_are_kept_and_a_changed_accented_word_is_one_token() {
        Row row = diff.compare("Één ideeën-bus voor Łukasz, 's avonds.", "Één ideeën-bus voor Łukasz, 's ochtends.")
                .sideBySide().getFirst();

        assertThat(row.oldHtml()).isEqualTo("Één ideeën-bus voor Łukasz, &#39;s <del class=\"diff-del\">avonds</del>.");
        assertThat(row.newHtml()).isEqualTo("Één ideeën-bus voor Łukasz, &#39;s <ins class=\"diff-ins\">ochtends</ins>.");

        Row accent = diff.compare("We gaan naar het cafe.", "We gaan naar het café.").sideBySide().getFirst();
        assertThat(accent.newHtml()).isEqualTo("We gaan naar het <ins class=\"diff-ins\">café</ins>.");
    }
}
