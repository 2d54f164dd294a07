package nl.codewijzer.codetext;

import static nl.codewijzer.codetext.VersionStatus.CONCEPT;
import static nl.codewijzer.codetext.VersionStatus.INGESTEMD;
import static nl.codewijzer.codetext.VersionStatus.INGETROKKEN;
import static nl.codewijzer.codetext.VersionStatus.NIET_INGESTEMD;
import static nl.codewijzer.codetext.VersionStatus.TER_INSTEMMING;
import static nl.codewijzer.codetext.VersionStatus.VASTGESTELD;
import static nl.codewijzer.codetext.VersionStatus.VERVANGEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import nl.codewijzer.codetext.internal.CodeVersion;
import nl.codewijzer.codetext.internal.ConductCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class VersionStatusTest {

    private static final Set<String> ALLOWED = Set.of(
            "CONCEPT>TER_INSTEMMING", "CONCEPT>INGETROKKEN", "CONCEPT>VERVANGEN",
            "TER_INSTEMMING>INGESTEMD", "TER_INSTEMMING>NIET_INGESTEMD", "TER_INSTEMMING>INGETROKKEN",
            "INGESTEMD>VASTGESTELD", "INGESTEMD>INGETROKKEN",
            "NIET_INGESTEMD>INGETROKKEN",
            "VASTGESTELD>VERVANGEN", "VASTGESTELD>INGETROKKEN");

    @ParameterizedTest
    @EnumSource(VersionStatus.class)
    void every_transition_is_allowed_exactly_when_the_lifecycle_says_so(VersionStatus from) {
        for (var to : VersionStatus.values()) {
            assertThat(from.mayBecome(to)).as(from + " > " + to).isEqualTo(ALLOWED.contains(from + ">" + to));
        }
    }

    @Test
    void only_a_consented_version_can_be_adopted() {
        var adoptable = EnumSet.noneOf(VersionStatus.class);
        for (var status : VersionStatus.values()) {
            if (status.mayBecome(VASTGESTELD)) {
                adoptable.add(status);
            }
        }
        assertThat(adoptable).containsExactly(INGESTEMD);
    }

    @Test
    void only_a_concept_is_editable_and_replaced_and_withdrawn_are_final() {
        assertThat(EnumSet.allOf(VersionStatus.class).stream().filter(VersionStatus::isEditable)).containsExactly(CONCEPT);
        assertThat(VERVANGEN.next()).isEmpty();
        assertThat(INGETROKKEN.next()).isEmpty();
    }

    @Test
    void a_version_walks_the_whole_way_to_adoption_and_refuses_a_skip() {
        var version = new CodeVersion(new ConductCode("c", "Code", null, Instant.EPOCH), 1, "# Tekst\n", 1L, "Samira",
                Instant.EPOCH, "eerste versie", null, null);
        assertThatThrownBy(() -> version.moveTo(VASTGESTELD, Instant.EPOCH)).isInstanceOf(IllegalTransition.class);
        assertThat(version.status()).isEqualTo(CONCEPT);
        version.moveTo(TER_INSTEMMING, Instant.EPOCH.plusSeconds(1));
        version.moveTo(INGESTEMD, Instant.EPOCH.plusSeconds(2));
        version.moveTo(VASTGESTELD, Instant.EPOCH.plusSeconds(3));
        assertThat(version.status()).isEqualTo(VASTGESTELD);
        assertThatThrownBy(() -> version.moveTo(CONCEPT, Instant.EPOCH)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> version.moveTo(NIET_INGESTEMD, Instant.EPOCH)).isInstanceOf(IllegalTransition.class);
        assertThat(version.status()).isEqualTo(VASTGESTELD);
    }
}
