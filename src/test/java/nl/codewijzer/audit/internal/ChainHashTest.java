package nl.codewijzer.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The row hash: every field counts, and no two different rows can be encoded alike. */
class ChainHashTest {

    private static final Instant AT = Instant.parse("2026-05-01T08:00:00.123456Z");
    private static final String PREV = "0".repeat(64);

    private static String hash(String action, String objectType, String details) {
        return ChainHash.row(1, AT, 7L, "d".repeat(64), action, objectType, "12", null, details, PREV);
    }

    @Test
    void moving_text_from_one_field_to_the_next_gives_another_hash() {
        assertThat(hash("version.saved", "code_version", "")).isNotEqualTo(hash("version.save", "dcode_version", ""));
        assertThat(hash("a", "", "b")).isNotEqualTo(hash("a", "b", ""));
    }

    @Test
    void a_missing_value_differs_from_an_empty_one_and_from_zero() {
        var none = ChainHash.row(1, AT, null, "d", "a", "b", "c", null, "", PREV);
        var zero = ChainHash.row(1, AT, 0L, "d", "a", "b", "c", null, "", PREV);
        var subject = ChainHash.row(1, AT, null, "d", "a", "b", "c", 0L, "", PREV);

        assertThat(none).isNotEqualTo(zero).isNotEqualTo(subject);
        assertThat(zero).isNotEqualTo(subject);
    }

    @Test
    void every_field_and_the_previous_hash_count() {
        var base = ChainHash.row(1, AT, 7L, "d", "a", "b", "c", 8L, "e", PREV);

        assertThat(ChainHash.row(2, AT, 7L, "d", "a", "b", "c", 8L, "e", PREV)).isNotEqualTo(base);
        assertThat(ChainHash.row(1, AT.plusNanos(1000), 7L, "d", "a", "b", "c", 8L, "e", PREV)).isNotEqualTo(base);
        assertThat(ChainHash.row(1, AT, 7L, "x", "a", "b", "c", 8L, "e", PREV)).isNotEqualTo(base);
        assertThat(ChainHash.row(1, AT, 7L, "d", "a", "b", "c", 8L, "e", "1".repeat(64))).isNotEqualTo(base);
        assertThat(base).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void times_count_to_the_microsecond_the_database_keeps() {
        var stored = ChainHash.row(1, AT, 7L, "d", "a", "b", "c", 8L, "e", PREV);

        assertThat(ChainHash.row(1, AT.plusNanos(999), 7L, "d", "a", "b", "c", 8L, "e", PREV)).isEqualTo(stored);
    }

    @Test
    void the_name_digest_depends_on_the_salt_so_a_list_of_names_does_not_reveal_it() {
        assertThat(ChainHash.nameDigest("00ff", "Bart de Vries")).isNotEqualTo(ChainHash.nameDigest("00fe", "Bart de Vries"))
                .isEqualTo(ChainHash.nameDigest("00ff", "Bart de Vries"));
    }
}
