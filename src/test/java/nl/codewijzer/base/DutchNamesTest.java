package nl.codewijzer.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names in the order a Dutch reader looks for them. */
class DutchNamesTest {

    @Test
    void lukasz_stands_among_the_l_names_not_after_thomas() {
        var names = new ArrayList<>(List.of("Thomas de Groot", "Milan Kok", "Łukasz Nowak", "Lotte Mulder", "Émile Bos",
                "eva Bos", "Yara de Jong"));
        names.sort(DutchNames.ORDER);
        assertThat(names).containsExactly("Émile Bos", "eva Bos", "Lotte Mulder", "Łukasz Nowak", "Milan Kok",
                "Thomas de Groot", "Yara de Jong");
    }

    @Test
    void two_names_that_differ_only_in_a_folded_letter_still_have_a_fixed_order() {
        assertThat(DutchNames.ORDER.compare("Łukasz", "Lukasz")).isNotZero();
        assertThat(DutchNames.ORDER.compare("Lukasz", "Łukasz")).isEqualTo(-DutchNames.ORDER.compare("Łukasz", "Lukasz"));
    }
}
