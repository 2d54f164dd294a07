package nl.codewijzer.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** The verification codes on certificates: readable, typeable, and hard to guess. */
class VerificationCodesTest {

    @Test
    void codes_use_no_characters_that_look_alike_and_differ_each_time() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            var code = VerificationCodes.next();
            assertThat(code).hasSize(10).doesNotContainPattern("[01258BILOSZ]");
            seen.add(code);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void a_code_is_shown_in_two_groups_and_read_back_however_it_was_typed() {
        var code = VerificationCodes.next();
        var grouped = VerificationCodes.grouped(code);

        assertThat(grouped).matches("[A-Z0-9]{5}-[A-Z0-9]{5}");
        assertThat(VerificationCodes.parse(grouped)).contains(code);
        assertThat(VerificationCodes.parse(" " + grouped.toLowerCase().replace("-", " ") + " ")).contains(code);
        assertThat(VerificationCodes.parse("ACDEF-GHJK")).isEmpty();
        assertThat(VerificationCodes.parse("OOOOO-IIIII")).as("letters that are never used").isEmpty();
    }
}
