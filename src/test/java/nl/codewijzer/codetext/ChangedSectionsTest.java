package nl.codewijzer.codetext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sections a comparison names as changed: what a reader checks first. */
class ChangedSectionsTest {

    private static final String V1 = """
            # Gedragscode

            Inleiding.

            ## 1. Contact via sociale media

            ### Onze afspraak

            - Alleen via de schoolkanalen.

            ## 2. Openbaar of één op één

            ### Onze afspraak

            Openbaar.

            ## 3. Tijden

            Niet na 19.00 uur.
            """;

    @Test
    void a_changed_an_added_and_a_removed_section_are_named_in_the_new_versions_order() {
        var v2 = V1.replace("- Alleen via de schoolkanalen.", "- Alleen via de schoolkanalen.\n\nAlleen de schoolapp.")
                .replace("## 3. Tijden\n\nNiet na 19.00 uur.\n", "## 4. Privé\n\nNiet over privézaken.\n");

        assertThat(ChangedSections.between(V1, v2))
                .containsExactly("1. Contact via sociale media", "4. Privé", "3. Tijden");
    }

    @Test
    void the_same_text_names_no_section_and_the_introduction_is_the_empty_heading() {
        assertThat(ChangedSections.between(V1, V1)).isEmpty();
        assertThat(ChangedSections.between(V1, V1.replace("Inleiding.", "Nieuwe inleiding."))).containsExactly("");
    }

    @Test
    void a_heading_inside_a_code_block_is_text_of_its_section() {
        var v2 = V1.replace("Openbaar.", "Openbaar.\n\n```\n## geen kop\n```");

        assertThat(ChangedSections.between(V1, v2)).containsExactly("2. Openbaar of één op één");
    }
}
