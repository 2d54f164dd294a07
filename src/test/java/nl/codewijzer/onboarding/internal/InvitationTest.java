package nl.codewijzer.onboarding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import nl.codewijzer.onboarding.InvitationStatus;
import org.junit.jupiter.api.Test;

/** When a link works, to the nanosecond, and what ends it. */
class InvitationTest {

    private static final Instant MADE = Instant.parse("2026-09-01T08:30:00Z");
    private static final Duration FOURTEEN_DAYS = Duration.ofDays(14);

    private final Invitation invitation = new Invitation(7L, InvitationToken.generate().sha256(), 1L, MADE, FOURTEEN_DAYS);

    @Test
    void a_link_works_until_the_last_moment_of_its_fourteen_days_and_not_at_their_end() {
        var end = MADE.plus(FOURTEEN_DAYS);

        assertThat(invitation.validUntil()).isEqualTo(end);
        assertThat(invitation.statusAt(MADE)).isEqualTo(InvitationStatus.OPEN);
        assertThat(invitation.statusAt(end.minusNanos(1))).isEqualTo(InvitationStatus.OPEN);
        assertThat(invitation.statusAt(end)).isEqualTo(InvitationStatus.EXPIRED);
        assertThat(invitation.statusAt(end.plusSeconds(1))).isEqualTo(InvitationStatus.EXPIRED);
    }

    @Test
    void a_used_link_stays_used_and_is_not_revoked_afterwards() {
        invitation.use(MADE.plusSeconds(60));
        invitation.revoke(MADE.plusSeconds(120));

        assertThat(invitation.statusAt(MADE.plusSeconds(180))).isEqualTo(InvitationStatus.USED);
        assertThat(invitation.statusAt(MADE.plus(Duration.ofDays(30)))).isEqualTo(InvitationStatus.USED);
    }

    @Test
    void a_revoked_link_is_revoked_even_before_it_would_expire() {
        invitation.revoke(MADE.plusSeconds(60));

        assertThat(invitation.statusAt(MADE.plusSeconds(61))).isEqualTo(InvitationStatus.REVOKED);
    }

    @Test
    void a_closed_link_is_noted_once_per_interval() {
        var day = Duration.ofDays(1);
        var seen = MADE.plus(Duration.ofDays(15));

        assertThat(invitation.noteClosedLinkSeen(seen, day)).isTrue();
        assertThat(invitation.noteClosedLinkSeen(seen.plus(Duration.ofHours(23)), day)).isFalse();
        assertThat(invitation.noteClosedLinkSeen(seen.plus(day), day)).isTrue();
    }

    @Test
    void tokens_are_43_url_safe_characters_and_differ_every_time() {
        var first = InvitationToken.generate();
        var second = InvitationToken.generate();

        assertThat(first.value()).matches("[A-Za-z0-9_-]{43}");
        assertThat(first.value()).isNotEqualTo(second.value());
        assertThat(InvitationToken.wellFormed(first.value())).isTrue();
        assertThat(InvitationToken.wellFormed(first.value() + "=")).isFalse();
        assertThat(first.sha256()).hasSize(64).isNotEqualTo(second.sha256());
        assertThat(first.toString()).doesNotContain(first.value());
    }
}
