package nl.codewijzer.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Set;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.notification.Notifications;
import nl.codewijzer.onboarding.internal.InvitationToken;
import nl.codewijzer.security.PasswordChange;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.CsvFile;
import nl.codewijzer.staff.InvitationLink;
import nl.codewijzer.staff.PersonForm;
import nl.codewijzer.staff.StaffMember;
import nl.codewijzer.staff.StaffService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/**
 * An invitation from the moment a beheerder adds a new colleague to the moment that colleague has
 * chosen a password: single use, 14 days, revoked by a newer one, stored only as a hash. Every test
 * runs in a transaction that is rolled back.
 */
@CodewijzerTest
@Transactional
@RecordApplicationEvents
class InvitationsTest {

    private static final String PASSWORD = "een zonnige dinsdag";

    @Autowired
    Invitations invitations;

    @Autowired
    StaffService staff;

    @Autowired
    Notifications notifications;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    EntityManager entityManager;

    @BeforeEach
    void signInAsBeheerder() {
        SignIn.as(users, "beheerder@school.example");
    }

    private StaffMember addNewHire(String temporaryPassword) {
        return staff.create(new PersonForm("Noor van Dijk", "noor.vandijk@school.example", Set.of(Role.MEDEWERKER),
                null, LocalDate.now(SchoolTime.ZONE).plusDays(7), null), temporaryPassword);
    }

    private InvitationLink invitationOfNewHire() {
        var person = addNewHire("");
        var links = invitations.takeFreshLinks();
        assertThat(links).singleElement().extracting(InvitationLink::personId).isEqualTo(person.id());
        return links.getFirst();
    }

    private static String tokenOf(InvitationLink link) {
        return link.url().substring(link.url().lastIndexOf('/') + 1);
    }

    private static void anonymous() {
        TestSecurityContextHolder.clearContext();
    }

    /** Moves every invitation back in time, as if it was made that many days ago. */
    private void ageInvitations(int days) {
        entityManager.flush();
        jdbc.update("update invitation set created_at = dateadd('DAY', ?, created_at), "
                + "valid_until = dateadd('DAY', ?, valid_until)", -days, -days);
        entityManager.clear();
    }

    @Test
    void adding_a_person_without_a_password_makes_an_invitation_whose_link_is_handed_out_once() {
        var link = invitationOfNewHire();

        assertThat(link.fullName()).isEqualTo("Noor van Dijk");
        assertThat(link.url()).matches("http://localhost:8080/uitnodiging/[A-Za-z0-9_-]{43}");
        assertThat(link.mailed()).as("no mail server in the tests").isFalse();
        assertThat(invitations.takeFreshLinks()).as("a link is shown once").isEmpty();
        assertThat(events.stream(InvitationCreated.class)).singleElement()
                .satisfies(created -> assertThat(created.auditSubjectId()).isEqualTo(link.personId()));
    }

    @Test
    void a_person_given_a_temporary_password_gets_no_invitation() {
        addNewHire("Tijdelijk-2026");

        assertThat(invitations.takeFreshLinks()).isEmpty();
        assertThat(events.stream(InvitationCreated.class)).isEmpty();
    }

    @Test
    void the_database_holds_only_the_hash_of_the_token() {
        var token = tokenOf(invitationOfNewHire());

        var rows = jdbc.queryForList("select * from invitation");
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("TOKEN_SHA256")).isEqualTo(InvitationToken.sha256(token));
            assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(token));
        });
        assertThat(events.stream(InvitationCreated.class)).singleElement()
                .satisfies(created -> assertThat(created.auditDetails()).doesNotContain(token));
    }

    @Test
    void an_open_link_welcomes_the_person_by_name_and_sets_their_password_once() {
        var token = tokenOf(invitationOfNewHire());
        anonymous();

        var state = invitations.open(token);
        assertThat(state).isInstanceOfSatisfying(InvitationState.Open.class, open -> {
            assertThat(open.fullName()).isEqualTo("Noor van Dijk");
            assertThat(open.email()).isEqualTo("noor.vandijk@school.example");
            assertThat(open.schoolName()).isEqualTo("De Linde (demo)");
        });

        var email = invitations.accept(token, PASSWORD, PASSWORD);

        assertThat(email).isEqualTo("noor.vandijk@school.example");
        assertThat(encoder.matches(PASSWORD, users.loadUserByUsername(email).getPassword())).isTrue();
        assertThat(events.stream(InvitationUsed.class)).hasSize(1);
        assertThat(invitations.open(token)).isEqualTo(new InvitationState.Closed(InvitationStatus.USED));
        assertThatThrownBy(() -> invitations.accept(token, "een ander wachtwoord", "een ander wachtwoord"))
                .isInstanceOfSatisfying(InvitationClosed.class,
                        closed -> assertThat(closed.status()).isEqualTo(InvitationStatus.USED));
        assertThat(encoder.matches(PASSWORD, users.loadUserByUsername(email).getPassword()))
                .as("the second use changed nothing").isTrue();
    }

    @Test
    void a_password_that_breaks_a_rule_is_refused_and_the_link_keeps_working() {
        var token = tokenOf(invitationOfNewHire());
        anonymous();

        assertThatThrownBy(() -> invitations.accept(token, "kort", "kort"))
                .isInstanceOfSatisfying(PasswordChange.RefusedPassword.class,
                        refused -> assertThat(refused.problem()).isEqualTo(PasswordChange.Problem.TOO_SHORT));
        assertThatThrownBy(() -> invitations.accept(token, "noor.vandijk@school.example", "noor.vandijk@school.example"))
                .isInstanceOfSatisfying(PasswordChange.RefusedPassword.class,
                        refused -> assertThat(refused.problem()).isEqualTo(PasswordChange.Problem.SAME_AS_EMAIL));
        assertThatThrownBy(() -> invitations.accept(token, PASSWORD, PASSWORD + "!"))
                .isInstanceOfSatisfying(PasswordChange.RefusedPassword.class,
                        refused -> assertThat(refused.problem()).isEqualTo(PasswordChange.Problem.REPEAT_DIFFERS));
        var passphrase = "één lange zin over de zomervakantie aan zee, met ijsjes en héél veel zand";
        assertThatThrownBy(() -> invitations.accept(token, passphrase, passphrase))
                .as("longer than the 72 bytes a password hash can take: refused at the field, not an error page")
                .isInstanceOfSatisfying(PasswordChange.RefusedPassword.class,
                        refused -> assertThat(refused.problem()).isEqualTo(PasswordChange.Problem.TOO_LONG));

        assertThat(invitations.open(token)).isInstanceOf(InvitationState.Open.class);
        assertThat(users.loadUserByUsername("noor.vandijk@school.example").getPassword()).isNull();
        assertThat(events.stream(InvitationUsed.class)).isEmpty();
    }

    @Test
    void a_link_past_its_fourteen_days_is_expired_and_sets_no_password() {
        var link = invitationOfNewHire();
        var token = tokenOf(link);
        assertThat(link.validUntil()).isBetween(java.time.Instant.now().plus(Invitations.VALID_FOR).minusSeconds(60),
                java.time.Instant.now().plus(Invitations.VALID_FOR));
        ageInvitations(15);
        anonymous();

        assertThat(invitations.open(token)).isEqualTo(new InvitationState.Closed(InvitationStatus.EXPIRED));
        assertThatThrownBy(() -> invitations.accept(token, PASSWORD, PASSWORD))
                .isInstanceOfSatisfying(InvitationClosed.class,
                        closed -> assertThat(closed.status()).isEqualTo(InvitationStatus.EXPIRED));
        assertThat(users.loadUserByUsername("noor.vandijk@school.example").getPassword()).isNull();
        assertThat(events.stream(ClosedInvitationOpened.class)).singleElement()
                .extracting(ClosedInvitationOpened::status).isEqualTo(InvitationStatus.EXPIRED);
        invitations.open(token);
        assertThat(events.stream(ClosedInvitationOpened.class)).as("once a day in the audit trail").hasSize(1);
    }

    @Test
    void a_new_invitation_revokes_the_older_link() {
        var first = invitationOfNewHire();

        var second = invitations.renew(first.personId());

        assertThat(second.url()).isNotEqualTo(first.url());
        anonymous();
        assertThat(invitations.open(tokenOf(first))).isEqualTo(new InvitationState.Closed(InvitationStatus.REVOKED));
        assertThatThrownBy(() -> invitations.accept(tokenOf(first), PASSWORD, PASSWORD))
                .isInstanceOf(InvitationClosed.class);
        assertThat(invitations.open(tokenOf(second))).isInstanceOf(InvitationState.Open.class);
        assertThat(invitations.accept(tokenOf(second), PASSWORD, PASSWORD)).isEqualTo("noor.vandijk@school.example");
    }

    @Test
    void a_link_of_someone_who_left_no_longer_works() {
        var link = invitationOfNewHire();

        staff.deactivate(link.personId(), LocalDate.now(SchoolTime.ZONE).plusDays(7));

        anonymous();
        assertThat(invitations.open(tokenOf(link))).isEqualTo(new InvitationState.Closed(InvitationStatus.REVOKED));
    }

    @Test
    void an_unknown_or_malformed_token_is_unknown() {
        anonymous();

        assertThat(invitations.open(InvitationToken.generate().value()))
                .isEqualTo(new InvitationState.Closed(InvitationStatus.UNKNOWN));
        assertThat(invitations.open("../../etc/passwd")).isEqualTo(new InvitationState.Closed(InvitationStatus.UNKNOWN));
        assertThat(invitations.open("")).isEqualTo(new InvitationState.Closed(InvitationStatus.UNKNOWN));
        assertThatThrownBy(() -> invitations.accept("x".repeat(43), PASSWORD, PASSWORD))
                .isInstanceOfSatisfying(InvitationClosed.class,
                        closed -> assertThat(closed.status()).isEqualTo(InvitationStatus.UNKNOWN));
        assertThat(events.stream(ClosedInvitationOpened.class)).isEmpty();
    }

    @Test
    void asking_for_a_new_link_tells_the_beheerders_once_a_day_and_an_unknown_link_tells_nobody() {
        var token = tokenOf(invitationOfNewHire());
        ageInvitations(20);
        long before = inboxOfBeheerder();
        anonymous();

        invitations.askForNew(InvitationToken.generate().value());
        invitations.askForNew(token);
        invitations.askForNew(token);

        SignIn.as(users, "beheerder@school.example");
        assertThat(inboxOfBeheerder()).isEqualTo(before + 1);
        assertThat(notifications.inbox().getFirst().subject()).isEqualTo("Nieuwe uitnodiging gevraagd voor Noor van Dijk");
        assertThat(notifications.inbox().getFirst().body()).contains("noor.vandijk@school.example", "de link is verlopen");
        assertThat(events.stream(NewInvitationRequested.class)).hasSize(1);
    }

    @Test
    void an_open_link_needs_no_new_one() {
        var token = tokenOf(invitationOfNewHire());
        long before = inboxOfBeheerder();
        anonymous();

        invitations.askForNew(token);

        SignIn.as(users, "beheerder@school.example");
        assertThat(inboxOfBeheerder()).isEqualTo(before);
    }

    @Test
    void a_csv_import_hands_out_one_link_per_imported_person() {
        var preview = staff.previewImport(CsvFile.generated(25, "uitnodiging").utf8());

        staff.importAll(preview, done -> { });

        var links = invitations.takeFreshLinks();
        assertThat(links).hasSize(25);
        assertThat(links).extracting(InvitationLink::email).contains(CsvFile.emailOf("uitnodiging", 1),
                CsvFile.emailOf("uitnodiging", 25));
        assertThat(links).extracting(InvitationLink::url).doesNotHaveDuplicates();
    }

    @Test
    void the_demo_school_made_by_the_system_has_no_invitations() {
        assertThat(jdbc.queryForObject("select count(*) from invitation", Long.class)).isZero();
    }

    private long inboxOfBeheerder() {
        return notifications.inbox().size();
    }
}
