package nl.codewijzer.codetext;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Each step of a version's life has its own action in the audit trail, so the log reads as its history. */
class VersionAuditActionsTest {

    private static String action(VersionStatus from, VersionStatus to) {
        return new VersionStatusChanged(1, 2, from, to, Instant.EPOCH).auditAction();
    }

    @Test
    void submission_consent_refusal_adoption_and_withdrawal_are_told_apart() {
        assertThat(action(VersionStatus.CONCEPT, VersionStatus.TER_INSTEMMING)).isEqualTo("version.submitted");
        assertThat(action(VersionStatus.TER_INSTEMMING, VersionStatus.INGESTEMD)).isEqualTo("version.consented");
        assertThat(action(VersionStatus.TER_INSTEMMING, VersionStatus.NIET_INGESTEMD)).isEqualTo("version.refused");
        assertThat(action(VersionStatus.INGESTEMD, VersionStatus.VASTGESTELD)).isEqualTo("version.adopted");
        assertThat(action(VersionStatus.VASTGESTELD, VersionStatus.VERVANGEN)).isEqualTo("version.superseded");
        assertThat(action(VersionStatus.TER_INSTEMMING, VersionStatus.INGETROKKEN)).isEqualTo("version.withdrawn");
    }

    @Test
    void a_saved_version_records_its_number_and_the_hash_of_its_text() {
        var saved = new VersionSaved(3, 17, 4, 8, "ab".repeat(32), Instant.EPOCH);

        assertThat(saved.auditObjectType()).isEqualTo("code_version");
        assertThat(saved.auditObjectId()).isEqualTo("17");
        assertThat(saved.auditDetails()).isEqualTo("code=3; number=4; sha256=" + "ab".repeat(32));
    }
}
