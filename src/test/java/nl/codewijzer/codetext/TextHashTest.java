package nl.codewijzer.codetext;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.codewijzer.codetext.internal.CodeVersion;
import nl.codewijzer.codetext.internal.ConductCode;
import org.junit.jupiter.api.Test;

class TextHashTest {

    @Test
    void the_hash_is_the_sha256_of_the_exact_utf8_text() {
        // the well-known SHA-256 of the empty string and of "abc"
        assertThat(TextHash.sha256("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(TextHash.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void the_same_text_always_gives_the_same_hash_and_any_change_gives_another() {
        var text = "Geen berichten na 19.00 uur, ook niet 's avonds via Łukasz' ĳsvrije app.\n";
        assertThat(TextHash.sha256(text)).isEqualTo(TextHash.sha256(new String(text.toCharArray())));
        assertThat(TextHash.sha256(text)).isNotEqualTo(TextHash.sha256(text.replace("19.00", "20.00")));
        assertThat(TextHash.sha256(text)).isNotEqualTo(TextHash.sha256(text.strip()));
        assertThat(TextHash.sha256(text)).isNotEqualTo(TextHash.sha256(text.replace("\n", "\r\n")));
    }

    @Test
    void a_saved_version_carries_the_hash_of_its_text() {
        var text = "# Gedragscode\n\nAlleen via schoolkanalen.\n";
        var version = new CodeVersion(new ConductCode("c", "Code", null, Instant.EPOCH), 1, text, 1L, "Samira",
                Instant.EPOCH, "eerste versie", null, null);
        assertThat(version.sha256()).isEqualTo(TextHash.sha256(text)).hasSize(64);
    }
}
