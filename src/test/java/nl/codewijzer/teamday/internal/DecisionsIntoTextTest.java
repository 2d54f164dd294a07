package nl.codewijzer.teamday.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.codewijzer.teamday.DecisionStatus;
import nl.codewijzer.teamday.Minutes.AgendaResult;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DecisionsIntoTextTest {

    private static final String PLACEHOLDER = "*Hier komt de afspraak die het team maakt.*";
    private static final String AVONDREGEL = "We sturen leerlingen geen berichten na 19.00 uur en niet in het weekeinde.";

    private static String template;
    private static String example;

    @BeforeAll
    static void readCodes() throws IOException {
        template = Files.readString(Path.of("codes", "gedragscode-sociale-media.md"));
        example = Files.readString(Path.of("codes", "voorbeeld-de-linde.md"));
        assertThat(template).doesNotContain("\r").contains(PLACEHOLDER);
    }

    // ---- replace or add (issue 19, item 5) ----

    @Test
    void the_agreements_a_decision_would_replace_are_listed_but_not_the_templates_placeholder() {
        var items = List.of(decided(1, "Alleen via de schoolapp."), decided(3, AVONDREGEL));

        var inExample = DecisionsIntoText.replaced(example, items);
        var inTemplate = DecisionsIntoText.replaced(template, items);

        assertThat(inExample).extracting(DecisionsIntoText.Replacement::place).containsExactly("vraag-1", "vraag-3");
        assertThat(inExample.getFirst().heading()).isEqualTo("1. Contact via sociale media");
        assertThat(inExample.getFirst().current()).startsWith("- Digitaal contact met leerlingen loopt alleen via")
                .contains("Kent een medewerker een leerling ook buiten school").doesNotContain("###", "## 2.");
        assertThat(inTemplate).as("a placeholder is not agreed text").isEmpty();
    }

    @Test
    void where_the_facilitator_chose_add_the_agreement_stays_and_the_decision_follows_it() {
        var items = List.of(decided(1, "Alleen via de schoolapp."), decided(3, AVONDREGEL));
        var agreed = DecisionsIntoText.replaced(example, items).getFirst().current();

        var added = DecisionsIntoText.merge(example, items, Set.of("vraag-1"));
        var replaced = DecisionsIntoText.merge(example, items);

        assertThat(section(added.markdown(), "## 1.")).contains("### Onze afspraak\n\n" + agreed + "\n\nAlleen via de schoolapp.\n");
        assertThat(section(added.markdown(), "## 3.")).as("not chosen: replaced").contains(AVONDREGEL)
                .doesNotContain(DecisionsIntoText.replaced(example, items).get(1).current());
        assertThat(section(replaced.markdown(), "## 1.")).contains("Alleen via de schoolapp.").doesNotContain(agreed);
        assertThat(DecisionsIntoText.merge(template, items, Set.of("vraag-1")).markdown())
                .as("adding to a placeholder drops the placeholder").isEqualTo(DecisionsIntoText.merge(template, items).markdown());
    }

    @Test
    void an_extra_topic_with_text_is_listed_and_can_keep_it() {
        var first = DecisionsIntoText.merge(template, List.of(topic("Schooltelefoon", "Mentoren krijgen een telefoon."))).markdown();
        var again = List.of(topic("schooltelefoon", "Ook de teamleiders."));

        var listed = DecisionsIntoText.replaced(first, again);
        var kept = DecisionsIntoText.merge(first, again, Set.of(listed.getFirst().place())).markdown();

        assertThat(listed).singleElement().satisfies(replacement -> {
            assertThat(replacement.heading()).isEqualTo("Aanvullende afspraken: Schooltelefoon");
            assertThat(replacement.current()).isEqualTo("Mentoren krijgen een telefoon.");
        });
        assertThat(kept).contains("### Schooltelefoon\n\nMentoren krijgen een telefoon.\n\nOok de teamleiders.\n");
    }

    // ---- decided questions ----

    @Test
    void a_decided_question_replaces_the_placeholder_of_its_own_section_only() {
        var item = decided(3, AVONDREGEL);

        var draft = DecisionsIntoText.merge(template, List.of(item));

        assertThat(section(draft.markdown(), "## 3.")).contains("### Onze afspraak\n\n" + AVONDREGEL + "\n\n")
                .doesNotContain(PLACEHOLDER);
        assertThat(count(draft.markdown(), PLACEHOLDER)).isEqualTo(4);
        assertThat(draft.written()).containsExactly(item);
        assertThat(draft.undecided()).isEmpty();
    }

    @Test
    void all_five_decisions_change_nothing_but_the_five_placeholders() {
        var items = Stream.of(1, 2, 3, 4, 5).map(n -> decided(n, "Afspraak " + n + " van het team.")).toList();

        var draft = DecisionsIntoText.merge(template, items);

        var expected = template;
        for (int n = 1; n <= 5; n++) {
            expected = expected.replaceFirst(java.util.regex.Pattern.quote(PLACEHOLDER), "Afspraak " + n + " van het team.");
        }
        assertThat(draft.markdown()).isEqualTo(expected);
        assertThat(draft.written()).containsExactlyElementsOf(items);
    }

    @Test
    void an_exception_follows_the_decision_as_its_own_sentence() {
        var draft = DecisionsIntoText.merge(template,
                List.of(decided(3, AVONDREGEL, "behalve tijdens schoolreizen")));

        assertThat(section(draft.markdown(), "## 3.")).endsWith(
                "### Onze afspraak\n\n" + AVONDREGEL + "\n\nUitzondering: behalve tijdens schoolreizen.\n\n");
    }

    @Test
    void several_exceptions_become_a_list_under_uitzonderingen() {
        var draft = DecisionsIntoText.merge(template, List.of(decided(3, AVONDREGEL,
                "- tijdens schoolreizen en kampen\n\n* in de examenperiode\nbij een noodgeval\n")));

        assertThat(section(draft.markdown(), "## 3.")).endsWith("### Onze afspraak\n\n" + AVONDREGEL
                + "\n\nUitzonderingen:\n\n- tijdens schoolreizen en kampen\n- in de examenperiode\n- bij een noodgeval\n\n");
    }

    @Test
    void a_decision_of_several_lines_keeps_its_lines_and_drops_surrounding_blank_lines() {
        var text = "\n\nContact loopt via de kanalen van de school:\n\n- de schoolmail;\n  - ook voor ouders\n- de ELO.\n\n";

        var draft = DecisionsIntoText.merge(template, List.of(decided(1, text)));

        assertThat(section(draft.markdown(), "## 1.")).endsWith("### Onze afspraak\n\n"
                + "Contact loopt via de kanalen van de school:\n\n- de schoolmail;\n  - ook voor ouders\n- de ELO.\n\n");
    }

    @Test
    void several_decisions_on_one_question_are_written_in_agenda_order() {
        var first = decided(3, "Geen berichten na 19.00 uur.");
        var second = decided(3, "Niemand hoeft buiten werktijd te antwoorden.", "examenweek");

        var draft = DecisionsIntoText.merge(template, List.of(first, second));

        assertThat(section(draft.markdown(), "## 3.")).endsWith("### Onze afspraak\n\nGeen berichten na 19.00 uur.\n\n"
                + "Niemand hoeft buiten werktijd te antwoorden.\n\nUitzondering: examenweek.\n\n");
        assertThat(draft.written()).containsExactly(first, second);
    }

    @Test
    void the_example_code_gets_the_decision_in_place_of_its_own_rules_and_keeps_the_rest() {
        var draft = DecisionsIntoText.merge(example, List.of(decided(2, "Alleen in groepen waarin een collega meeleest.")));

        var before = example.substring(0, example.indexOf("## 2."));
        var after = example.substring(example.indexOf("## 3."));
        assertThat(draft.markdown()).isEqualTo(before + "## 2. Openbaar of één op één\n\n"
                + "> **Vraag uit de checklist:** Mag dat alleen als het contact openbaar is, en dus voor iedereen zichtbaar,"
                + " of mag het ook één op één?\n\n### Onze afspraak\n\nAlleen in groepen waarin een collega meeleest.\n\n"
                + after);
    }

    @Test
    void the_table_and_nested_lists_of_the_example_stay_untouched_around_a_decision() {
        var draft = DecisionsIntoText.merge(example, List.of(decided(4, "Alleen schoolwerk."), decided(1, "Alleen ELO.")));

        assertThat(section(draft.markdown(), "## 5.")).isEqualTo(section(example, "## 5."));
        assertThat(section(draft.markdown(), "## 3.")).isEqualTo(section(example, "## 3."));
        assertThat(draft.markdown()).contains("| 5. Politie |", "  - **Examenperiode:**");
        assertThat(section(draft.markdown(), "## 4.")).doesNotContain("zorgcoördinator, de heer Daniël Smits");
    }

    // ---- what is not written ----

    static Stream<Arguments> notWritten() {
        return Stream.of(
                Arguments.of("still open", item(3, "Dagen en tijden", false, DecisionStatus.OPEN, AVONDREGEL)),
                Arguments.of("postponed", item(3, "Dagen en tijden", false, DecisionStatus.UITGESTELD, AVONDREGEL)),
                Arguments.of("to be looked into", item(3, "Dagen en tijden", false, DecisionStatus.NADER_UITZOEKEN,
                        AVONDREGEL)),
                Arguments.of("skipped although decided", item(3, "Dagen en tijden", true, DecisionStatus.BESLOTEN,
                        AVONDREGEL)),
                Arguments.of("decided without text", item(3, "Dagen en tijden", false, DecisionStatus.BESLOTEN, " \n ")),
                Arguments.of("an extra topic without text", item(null, "Schoolreizen", false, DecisionStatus.BESLOTEN,
                        "")),
                Arguments.of("an extra topic without title", item(null, "  ", false, DecisionStatus.BESLOTEN,
                        AVONDREGEL)),
                Arguments.of("a question outside the checklist", item(6, "Zesde vraag", false, DecisionStatus.BESLOTEN,
                        AVONDREGEL)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notWritten")
    void an_item_that_is_not_decided_is_listed_as_undecided_and_leaves_the_text_alone(String reason, AgendaResult item) {
        var written = decided(1, "Alleen ELO.");

        var draft = DecisionsIntoText.merge(template, List.of(item, written));

        assertThat(draft.undecided()).containsExactly(item);
        assertThat(draft.written()).containsExactly(written);
        assertThat(draft.markdown()).isEqualTo(DecisionsIntoText.merge(template, List.of(written)).markdown());
    }

    @Test
    void nothing_decided_gives_the_text_back_unchanged() {
        var open = item(2, "Openbaar", false, DecisionStatus.OPEN, "");

        var draft = DecisionsIntoText.merge(example, List.of(open));

        assertThat(draft.markdown()).isEqualTo(example);
        assertThat(draft.written()).isEmpty();
        assertThat(draft.undecided()).containsExactly(open);
    }

    // ---- missing parts ----

    @Test
    void a_section_without_onze_afspraak_gets_one_at_its_end() {
        var text = template.replaceFirst("### Onze afspraak\n\n\\*Hier komt de afspraak die het team maakt.\\*\n\n## 3\\.",
                "## 3.");
        assertThat(section(text, "## 2.")).doesNotContain("Onze afspraak");

        var draft = DecisionsIntoText.merge(text, List.of(decided(2, "Alleen in groepen.")));

        assertThat(draft.markdown()).isEqualTo(template.replaceFirst(
                "(?s)(## 2\\..*?)\\*Hier komt de afspraak die het team maakt\\.\\*", "$1Alleen in groepen."));
    }

    @Test
    void a_missing_question_section_is_created_between_its_neighbours() {
        var text = template.substring(0, template.indexOf("## 3.")) + template.substring(template.indexOf("## 4."));

        var draft = DecisionsIntoText.merge(text, List.of(
                item(3, "Mag dat contact op alle dagen plaatsvinden?", false, DecisionStatus.BESLOTEN, AVONDREGEL)));

        assertThat(draft.markdown()).isEqualTo(text.replace("## 4.",
                "## 3. Mag dat contact op alle dagen plaatsvinden?\n\n### Onze afspraak\n\n" + AVONDREGEL + "\n\n## 4."));
        assertThat(draft.written()).hasSize(1);
        assertThat(draft.undecided()).isEmpty();
    }

    @Test
    void in_a_code_without_numbered_sections_a_question_goes_before_the_closing_sections() {
        var text = "# Onze code\n\n## Inleiding\n\nTekst.\n\n## Ondertekening\n\nIk teken.\n";

        var draft = DecisionsIntoText.merge(text, List.of(item(1, "Contact via sociale media", false,
                DecisionStatus.BESLOTEN, "Alleen via de ELO.")));

        assertThat(draft.markdown()).isEqualTo("# Onze code\n\n## Inleiding\n\nTekst.\n\n"
                + "## 1. Contact via sociale media\n\n### Onze afspraak\n\nAlleen via de ELO.\n\n## Ondertekening\n\nIk teken.\n");
    }

    @Test
    void a_question_whose_section_is_last_is_written_without_adding_blank_lines_at_the_end() {
        var text = "## 1. Contact\n\nInleiding.";

        var draft = DecisionsIntoText.merge(text, List.of(decided(1, "Alleen via de ELO.")));

        assertThat(draft.markdown()).isEqualTo("## 1. Contact\n\nInleiding.\n\n### Onze afspraak\n\nAlleen via de ELO.");
    }

    // ---- extra topics ----

    @Test
    void a_decided_extra_topic_gets_a_new_section_before_the_statutory_duty() {
        var topic = topic("Schoolreizen", "Op schoolreis gebruiken we de schooltelefoon.");

        var draft = DecisionsIntoText.merge(template, List.of(topic));

        assertThat(draft.markdown()).isEqualTo(template.replace("## Wettelijke meldplicht",
                "## Aanvullende afspraken\n\n### Schoolreizen\n\nOp schoolreis gebruiken we de schooltelefoon.\n\n"
                        + "## Wettelijke meldplicht"));
        assertThat(draft.written()).containsExactly(topic);
    }

    @Test
    void several_extra_topics_follow_each_other_in_agenda_order() {
        var draft = DecisionsIntoText.merge(template, List.of(topic("Schoolreizen", "Schooltelefoon."),
                topic("Ouders in de klasgroep", "Nooit.", "behalve bij de brugklas")));

        assertThat(section(draft.markdown(), "## Aanvullende afspraken")).isEqualTo("## Aanvullende afspraken\n\n"
                + "### Schoolreizen\n\nSchooltelefoon.\n\n### Ouders in de klasgroep\n\nNooit.\n\n"
                + "Uitzondering: behalve bij de brugklas.\n\n");
    }

    @Test
    void without_a_statutory_duty_the_extra_topics_go_before_ondertekening() {
        var text = template.substring(0, template.indexOf("## Wettelijke")) + template.substring(template.indexOf(
                "## Ondertekening"));

        var draft = DecisionsIntoText.merge(text, List.of(topic("Schoolreizen", "Schooltelefoon.")));

        assertThat(draft.markdown()).isEqualTo(text.replace("## Ondertekening",
                "## Aanvullende afspraken\n\n### Schoolreizen\n\nSchooltelefoon.\n\n## Ondertekening"));
    }

    @Test
    void without_closing_sections_the_extra_topics_go_at_the_end() {
        var draft = DecisionsIntoText.merge("# Code\n\nAlleen een inleiding.\n", List.of(topic("Schoolreizen", "Ja.")));

        assertThat(draft.markdown()).isEqualTo(
                "# Code\n\nAlleen een inleiding.\n\n## Aanvullende afspraken\n\n### Schoolreizen\n\nJa.\n");
    }

    @Test
    void an_extra_topic_replaces_the_subsection_with_the_same_title_instead_of_adding_one() {
        var text = template.replace("## Wettelijke meldplicht", "## Aanvullende afspraken\n\n"
                + "### Schoolreizen\n\nOude regel over reizen.\n\nNog een alinea.\n\n"
                + "### Stagiairs\n\nStagiairs tekenen ook.\n\n## Wettelijke meldplicht");

        var draft = DecisionsIntoText.merge(text, List.of(topic("  schoolREIZEN ", "Nieuwe regel over reizen.")));

        assertThat(section(draft.markdown(), "## Aanvullende afspraken")).isEqualTo("## Aanvullende afspraken\n\n"
                + "### Schoolreizen\n\nNieuwe regel over reizen.\n\n### Stagiairs\n\nStagiairs tekenen ook.\n\n");
        assertThat(count(draft.markdown(), "## Aanvullende afspraken")).isEqualTo(1);
    }

    @Test
    void a_new_topic_is_added_at_the_end_of_an_existing_aanvullende_afspraken_section() {
        var text = template.replace("## Wettelijke meldplicht",
                "## Aanvullende afspraken\n\n### Stagiairs\n\nStagiairs tekenen ook.\n\n## Wettelijke meldplicht");

        var draft = DecisionsIntoText.merge(text, List.of(topic("Schoolreizen", "Schooltelefoon.")));

        assertThat(section(draft.markdown(), "## Aanvullende afspraken")).isEqualTo("## Aanvullende afspraken\n\n"
                + "### Stagiairs\n\nStagiairs tekenen ook.\n\n### Schoolreizen\n\nSchooltelefoon.\n\n");
    }

    // ---- the text as a whole ----

    @Test
    void merging_the_same_decisions_twice_gives_the_same_text() {
        var items = everyKindOfItem();
        var withoutSectionTwoAgreement = template.replaceFirst(
                "### Onze afspraak\n\n\\*Hier komt de afspraak die het team maakt.\\*\n\n## 3\\.", "## 3.");
        var withoutSectionFour = template.substring(0, template.indexOf("## 4.")) + template.substring(
                template.indexOf("## 5."));
        for (var text : List.of(template, example, withoutSectionTwoAgreement, withoutSectionFour, crlf(template),
                template.strip(), "")) {
            var once = DecisionsIntoText.merge(text, items).markdown();
            var twice = DecisionsIntoText.merge(once, items).markdown();
            assertThat(twice).isEqualTo(once);
            assertThat(once).isNotEqualTo(text);
        }
    }

    @Test
    void crlf_text_stays_crlf_throughout_and_otherwise_matches_the_lf_result() {
        var items = everyKindOfItem();

        var draft = DecisionsIntoText.merge(crlf(template), items);

        assertThat(draft.markdown().replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(draft.markdown()).isEqualTo(crlf(DecisionsIntoText.merge(template, items).markdown()));
    }

    @Test
    void a_decision_text_with_lf_lines_in_a_crlf_code_is_written_with_crlf() {
        var draft = DecisionsIntoText.merge(crlf(template), List.of(decided(1, "Regel een.\nRegel twee.\r\nRegel drie.")));

        assertThat(draft.markdown()).contains("### Onze afspraak\r\n\r\nRegel een.\r\nRegel twee.\r\nRegel drie.\r\n\r\n## 2.");
    }

    @Test
    void a_text_without_a_final_line_break_still_ends_without_one() {
        var text = template.stripTrailing();

        var draft = DecisionsIntoText.merge(text, List.of(decided(5, "Melden bij de teamleider.")));

        assertThat(draft.markdown()).endsWith("met de versie van de gedragscode die ik heb ondertekend.");
        assertThat(draft.markdown()).isEqualTo(DecisionsIntoText.merge(template, List.of(decided(5,
                "Melden bij de teamleider."))).markdown().stripTrailing());
    }

    @Test
    void front_matter_and_fenced_code_are_not_mistaken_for_sections() {
        var text = "---\ntitle: \"## 1. Nep\"\n---\n# Code\n\n## 1. Contact\n\n```\n### Onze afspraak\n```\n\n"
                + "### Onze afspraak\n\nOud.\n\n## 2. Openbaar\n";

        var draft = DecisionsIntoText.merge(text, List.of(decided(1, "Nieuw.")));

        assertThat(draft.markdown()).isEqualTo(text.replace("Oud.", "Nieuw."));
    }

    @Test
    void a_decision_text_cannot_add_sections_or_swallow_the_sections_after_it() {
        var sneaky = "Geen berichten.\n## 4. Nep\n### Onze afspraak\n```\nopen code";

        var once = DecisionsIntoText.merge(template, List.of(decided(3, sneaky), decided(4, "Alleen schoolwerk.")));

        assertThat(section(once.markdown(), "## 3.")).endsWith(
                "### Onze afspraak\n\nGeen berichten.\n\\## 4. Nep\n\\### Onze afspraak\n```\nopen code\n```\n\n");
        assertThat(section(once.markdown(), "## 4.")).endsWith("### Onze afspraak\n\nAlleen schoolwerk.\n\n");
        assertThat(count(once.markdown(), "\n## ")).isEqualTo(count(template, "\n## "));
        assertThat(DecisionsIntoText.merge(once.markdown(), List.of(decided(3, sneaky), decided(4, "Alleen schoolwerk.")))
                .markdown()).isEqualTo(once.markdown());
    }

    @Test
    void a_heading_mark_at_the_start_of_an_exception_stays_text() {
        var draft = DecisionsIntoText.merge(template, List.of(decided(3, AVONDREGEL, "# examen\n# kamp")));

        assertThat(section(draft.markdown(), "## 3.")).contains("Uitzonderingen:\n\n- \\# examen\n- \\# kamp\n");
    }

    // ---- helpers ----

    private static List<AgendaResult> everyKindOfItem() {
        return List.of(
                decided(1, "Alleen via de ELO.\n\n- schoolmail\n- schoolapp"),
                decided(2, "Alleen in groepen."),
                decided(3, AVONDREGEL, "behalve tijdens schoolreizen"),
                item(4, "Alleen schoolwerk of ook privézaken", false, DecisionStatus.BESLOTEN, "Alleen schoolwerk."),
                item(5, "Overtredingen", false, DecisionStatus.UITGESTELD, "Later."),
                topic("Schoolreizen", "Schooltelefoon.", "examenweek\nnoodgeval"),
                topic("Ouders", "Niet in de klasgroep."));
    }

    private static AgendaResult decided(int question, String text) {
        return decided(question, text, "");
    }

    private static AgendaResult decided(int question, String text, String exceptions) {
        return new AgendaResult(question, question, "Vraag " + question, false, List.of(), List.of(),
                DecisionStatus.BESLOTEN, text, "", exceptions, List.of());
    }

    private static AgendaResult topic(String title, String text) {
        return topic(title, text, "");
    }

    private static AgendaResult topic(String title, String text, String exceptions) {
        return new AgendaResult(9, null, title, false, List.of(), List.of(), DecisionStatus.BESLOTEN, text, "",
                exceptions, List.of());
    }

    private static AgendaResult item(@Nullable Integer question, String title, boolean skipped, DecisionStatus status,
            String text) {
        return new AgendaResult(1, question, title, skipped, List.of(), List.of(), status, text, "", "", List.of());
    }

    /** The part of {@code text} from the line starting with {@code heading} up to the next "## " heading. */
    private static String section(String text, String heading) {
        int start = text.indexOf("\n" + heading) + 1;
        assertThat(start).as("section %s", heading).isPositive();
        int end = text.indexOf("\n## ", start);
        return text.substring(start, end < 0 ? text.length() : end + 1);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static String crlf(String text) {
        return text.replace("\n", "\r\n");
    }
}
