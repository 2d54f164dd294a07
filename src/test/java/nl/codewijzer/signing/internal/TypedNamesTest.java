package nl.codewijzer.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When a typed name counts as the registered name (decision 0011). */
class TypedNamesTest {

    @Test
    void case_and_extra_spaces_do_not_count() {
        assertThat(TypedNames.matches("Bart de Vries", "bart DE vries")).isTrue();
        assertThat(TypedNames.matches("Bart de Vries", "  Bart   de\tVries ")).isTrue();
    }

    @Test
    void accents_and_letters_a_dutch_keyboard_lacks_do_not_count() {
        assertThat(TypedNames.matches("Łukasz Nowak", "Lukasz Nowak")).isTrue();
        assertThat(TypedNames.matches("Ahmed Yılmaz", "Ahmed Yilmaz")).isTrue();
        assertThat(TypedNames.matches("Mehmet Öztürk", "mehmet ozturk")).isTrue();
        assertThat(TypedNames.matches("Zoë Brückner", "Zoe Bruckner")).isTrue();
        assertThat(TypedNames.matches("Zoe Bruckner", "Zoë Brückner")).isTrue();
    }

    @Test
    void a_phones_curly_apostrophe_is_an_apostrophe() {
        assertThat(TypedNames.matches("Kees van 't Hof", "Kees van \u2019t Hof")).isTrue();
    }

    @Test
    void another_name_a_missing_part_or_an_empty_name_does_not_match() {
        assertThat(TypedNames.matches("Bart de Vries", "Bart Vries")).isFalse();
        assertThat(TypedNames.matches("Bart de Vries", "Bart de Vriesje")).isFalse();
        assertThat(TypedNames.matches("Bart de Vries", "Karin Smit")).isFalse();
        assertThat(TypedNames.matches("Els Mulder-Jansen", "Els Mulder Jansen")).isFalse();
        assertThat(TypedNames.matches("Bart de Vries", "")).isFalse();
        assertThat(TypedNames.matches(" ", " ")).isFalse();
    }
}
