package nl.codewijzer.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The passwords an attacker tries first are refused; ordinary sentences and strong passwords are not. */
class GuessablePasswordsTest {

    private static final GuessablePasswords PASSWORDS = new GuessablePasswords();
    private static final List<String> JAN = List.of("Jan de Vries", "jan.devries", "De Linde (demo)");

    @Test
    void the_shipped_list_holds_at_least_ten_thousand_passwords() {
        assertThat(PASSWORDS.listed()).isGreaterThanOrEqualTo(30_000);
    }

    @Test
    void what_the_probe_got_through_is_refused() {
        assertThat(List.of("1234567890", "wachtwoord", "aaaaaaaaaa", "Welkom2026!", "password123", "W4chtw00rd!",
                "qwertyuiop", "abcdefghij", "0987654321", "ababababab", "Zomervakantie2025", "iloveyou12"))
                .allSatisfy(password -> assertThat(PASSWORDS.isCommon(password)).as(password).isTrue());
    }

    @Test
    void sentences_and_random_passwords_are_not_common() {
        assertThat(List.of("fietsen langs de Vecht", "zonnige dinsdag op school", "een zonnige dinsdag",
                "benchmark-wachtwoord-2026", "Tr0mbone!Kast-Regen", "k8#Lp2@xQz"))
                .allSatisfy(password -> assertThat(PASSWORDS.isCommon(password)).as(password).isFalse());
    }

    @Test
    void a_password_made_of_the_persons_or_the_schools_name_is_refused() {
        assertThat(List.of("JanDeVries2026", "jan de vries!!", "vries.jan.1990", "DeLinde2026!", "J4nd3Vr13s"))
                .allSatisfy(password -> assertThat(PASSWORDS.isMadeOfNames(password, JAN)).as(password).isTrue());
        assertThat(List.of("jan houdt van fietsen", "de linde staat in bloei", "zonnige dinsdag op school"))
                .allSatisfy(password -> assertThat(PASSWORDS.isMadeOfNames(password, JAN)).as(password).isFalse());
    }
}
