package nl.codewijzer.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.Translations;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.TextHash;
import nl.codewijzer.school.SchoolSettings;
import nl.codewijzer.school.Settings;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.staff.StaffDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** Signing as a staff member does it: what is recorded, what is refused, and that it happens once. */
@CodewijzerTest
@RecordApplicationEvents
class SigningTest {

    static final String DOCENT = "docent@school.example";
    static final String LUKASZ = "lukasz.nowak@school.example";
    /**
     * Issue 12: a sign's statements are paid 50 times over when the whole staff signs at once. On the signer's thread:
     * lock the request; read the person, the version, the understanding check and the settings; insert the signature,
     * update the request, stage the audit row. The chaining runs on the chainer thread (decision 0039).
     */
    static final int MAX_SIGN_STATEMENTS = 8;

    @Autowired
    Signing signing;
    @Autowired
    CodeTexts codeTexts;
    @Autowired
    nl.codewijzer.Reactions reactions;
    @Autowired
    SigningSeeding seeding;
    @Autowired
    StaffDirectory staff;
    @Autowired
    SchoolSettings settings;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Translations translations;
    @Autowired
    ApplicationEvents events;

    SigningFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SigningFixtures(codeTexts, seeding, staff, transaction, users, reactions);
    }

    private long signatures(long versionId) {
        return jdbc.queryForObject("select count(*) from signature where version_id = ?", Long.class, versionId);
    }

    private static List<String> problemKeys(Throwable thrown) {
        assertThat(thrown).isInstanceOf(InvalidInput.class);
        return ((InvalidInput) thrown).problems().stream().map(InvalidInput.Problem::messageKey).toList();
    }

    @Test
    void signing_records_the_person_the_version_the_sha256_of_the_text_shown_the_time_and_the_method() {
        var version = fixtures.adopted("Vastlegtest");
        SignIn.as(users, DOCENT);
        var page = signing.signPage(version.id());
        assertThat(page.registeredName()).isEqualTo("Bart de Vries");
        assertThat(page.sha256()).isEqualTo(TextHash.sha256(page.markdown())).isEqualTo(version.summary().sha256());

        var receipt = signing.sign(version.id(), true, "Bart de Vries", TextHash.sha256(page.markdown()),
                new SignContext("203.0.113.7", "Firefox"));

        assertThat(receipt.personName()).isEqualTo("Bart de Vries");
        assertThat(receipt.versionId()).isEqualTo(version.id());
        assertThat(receipt.sha256()).isEqualTo(version.summary().sha256());
        assertThat(receipt.method()).isEqualTo("online, naam getypt");
        assertThat(receipt.verificationCode()).hasSize(10).matches("[34679ACDEFGHJKMNPQRTUVWXY]{10}");
        assertThat(receipt.groupedCode()).matches("[A-Z0-9]{5}-[A-Z0-9]{5}");
        assertThat(receipt.ipAddress()).as("not kept: the school did not ask for it").isNull();
        assertThat(receipt.userAgent()).isNull();
        assertThat(signing.outstanding()).noneMatch(request -> request.versionId() == version.id());
        assertThat(signing.mySignatures()).extracting(SignatureReceipt::signatureId).contains(receipt.signatureId());
        assertThat(events.stream(SignatureRecorded.class)).anySatisfy(recorded -> {
            assertThat(recorded.signatureId()).isEqualTo(receipt.signatureId());
            assertThat(recorded.sha256()).isEqualTo(version.summary().sha256());
            assertThat(recorded.auditAction()).isEqualTo("signature.recorded");
        });
    }

    @Test
    void the_typed_name_may_differ_in_case_extra_spaces_and_accents() {
        var version = fixtures.adopted("Naamtest");
        SignIn.as(users, LUKASZ);

        var receipt = signing.sign(version.id(), true, "  lukasz   NOWAK ", version.summary().sha256(), SignContext.NONE);

        assertThat(receipt.personName()).isEqualTo("Łukasz Nowak");
        assertThat(receipt.typedName()).isEqualTo("lukasz NOWAK");
    }

    @Test
    void another_name_or_no_tick_is_refused_at_its_field_and_nothing_is_recorded() {
        var version = fixtures.adopted("Weigertest");
        SignIn.as(users, DOCENT);

        var thrown = catchThrowable(() -> signing.sign(version.id(), false, "Bart de Vriez", version.summary().sha256(),
                SignContext.NONE));
        assertThat(problemKeys(thrown)).containsExactly("signing.error.not-confirmed", "signing.error.name-mismatch");
        var mismatch = ((InvalidInput) thrown).problems().get(1);
        assertThat(mismatch.field()).isEqualTo("typedName");
        assertThat(translations.getTranslation(mismatch.messageKey(), Translations.DUTCH, mismatch.args().toArray()))
                .isEqualTo("Deze naam komt niet overeen met uw naam bij de school. Typ: Bart de Vries");
        assertThat(problemKeys(catchThrowable(() -> signing.sign(version.id(), true, " ", version.summary().sha256(),
                SignContext.NONE)))).containsExactly("signing.error.name-missing");
        assertThat(problemKeys(catchThrowable(() -> signing.sign(version.id(), true, "Karin Smit",
                version.summary().sha256(), SignContext.NONE)))).containsExactly("signing.error.name-mismatch");

        assertThat(signatures(version.id())).isZero();
        assertThat(signing.outstanding()).anyMatch(request -> request.versionId() == version.id());
    }

    @Test
    void a_version_that_is_no_longer_active_is_refused_with_a_clear_message_and_nothing_is_recorded() {
        var first = fixtures.adopted("Verlopentest");
        SignIn.as(users, DOCENT);
        var pageOfFirst = signing.signPage(first.id());
        fixtures.adoptedNext(first, first.markdown() + "\nEen nieuwe afspraak.\n");

        SignIn.as(users, DOCENT);
        var thrown = catchThrowable(() -> signing.sign(first.id(), true, "Bart de Vries", pageOfFirst.sha256(),
                SignContext.NONE));

        assertThat(problemKeys(thrown)).containsExactly("signing.error.not-active");
        var problem = ((InvalidInput) thrown).problems().getFirst();
        assertThat(translations.getTranslation(problem.messageKey(), Translations.DUTCH, problem.args().toArray()))
                .startsWith("Versie 1 van " + first.codeTitle() + " is niet meer de geldende versie. Er is niets vastgelegd.");
        assertThat(signatures(first.id())).isZero();
    }

    @Test
    void a_text_other_than_the_versions_own_is_never_signed() {
        var version = fixtures.adopted("Teksttest");
        SignIn.as(users, DOCENT);

        var thrown = catchThrowable(() -> signing.sign(version.id(), true, "Bart de Vries",
                TextHash.sha256(version.markdown() + "\nErgens anders ingevoegd.\n"), SignContext.NONE));

        assertThat(problemKeys(thrown)).containsExactly("signing.error.text-changed");
        assertThat(signatures(version.id())).isZero();
    }

    @Test
    void a_double_click_and_two_tabs_at_the_same_moment_record_one_signature() throws Exception {
        var version = fixtures.adopted("Dubbelkliktest");
        var docent = users.loadUserByUsername(DOCENT);
        int clicks = 8;
        var ready = new CountDownLatch(clicks);
        var go = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(clicks);
        try {
            var results = new ArrayList<Future<SignatureReceipt>>();
            for (int i = 0; i < clicks; i++) {
                Callable<SignatureReceipt> click = () -> SystemActor.runAsPerson(docent, () -> {
                    ready.countDown();
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return signing.sign(version.id(), true, "Bart de Vries", version.summary().sha256(), SignContext.NONE);
                });
                results.add(pool.submit(click));
            }
            ready.await();
            go.countDown();
            var ids = new java.util.HashSet<Long>();
            for (var result : results) {
                ids.add(result.get().signatureId());
            }
            assertThat(ids).as("every click got the same signature back").hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(signatures(version.id())).isEqualTo(1);
    }

    @Test
    void a_sign_sends_a_fixed_small_number_of_statements() {
        var version = fixtures.adopted("Telling");
        SignIn.as(users, DOCENT);

        var signed = nl.codewijzer.StatementCounter.count(() -> signing.sign(version.id(), true, "Bart de Vries",
                version.summary().sha256(), SignContext.NONE));

        System.out.printf("One sign: %d statements%n", signed.statements());
        assertThat(signed.result().versionId()).isEqualTo(version.id());
        // the sign itself and its audit row staged; chained by the chainer thread, off the signer's (decision 0039)
        assertThat(signed.statements()).as("statements of one sign on the signer's thread")
                .isLessThanOrEqualTo(MAX_SIGN_STATEMENTS);
    }

    @Test
    void the_ip_address_and_browser_are_kept_only_when_the_school_asks_for_it() {
        SignIn.as(users, "beheerder@school.example");
        var before = settings.current();
        settings.update(withContext(before, true));
        try {
            var version = fixtures.adopted("Contexttest");
            SignIn.as(users, DOCENT);
            assertThat(signing.signPage(version.id()).recordsContext()).isTrue();

            var receipt = signing.sign(version.id(), true, "Bart de Vries", version.summary().sha256(),
                    new SignContext("203.0.113.7", "Mozilla/5.0 (X11; Linux x86_64)"));

            assertThat(receipt.ipAddress()).isEqualTo("203.0.113.7");
            assertThat(receipt.userAgent()).isEqualTo("Mozilla/5.0 (X11; Linux x86_64)");

            // the beheerder switches it off on another server (straight in the shared database, nothing of this
            // server told): the next sign here keeps nothing, as no copy of the setting is kept between signs
            jdbc.update("update school_settings set signing_records_context = false, version = version + 1 where id = 1");
            SignIn.as(users, LUKASZ);
            var next = signing.sign(version.id(), true, "Łukasz Nowak", version.summary().sha256(),
                    new SignContext("203.0.113.8", "Mozilla/5.0 (X11; Linux x86_64)"));
            assertThat(next.ipAddress()).as("the other server's change counts at once").isNull();
            assertThat(next.userAgent()).isNull();
        } finally {
            SignIn.as(users, "beheerder@school.example");
            settings.update(withContext(settings.current(), false));
        }
    }

    @Test
    void a_person_sees_their_own_receipt_and_not_a_colleagues_the_coordinator_sees_both() {
        var version = fixtures.adopted("Bewijstest");
        SignIn.as(users, DOCENT);
        var receipt = signing.sign(version.id(), true, "Bart de Vries", version.summary().sha256(), SignContext.NONE);

        assertThat(signing.receipt(receipt.signatureId()).verificationCode()).isEqualTo(receipt.verificationCode());
        SignIn.as(users, "karin.smit@school.example");
        assertThatThrownBy(() -> signing.receipt(receipt.signatureId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signing.certificatePdf(receipt.signatureId(), Translations.DUTCH))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "coordinator@school.example");
        assertThat(signing.receipt(receipt.signatureId()).personName()).isEqualTo("Bart de Vries");
    }

    @Test
    void a_version_one_was_not_asked_to_sign_cannot_be_signed() {
        var version = fixtures.adopted("Oudertest");
        SignIn.as(users, "fatima.amrani@ouders.example");

        var thrown = catchThrowable(() -> signing.sign(version.id(), true, "Fatima Amrani", version.summary().sha256(),
                SignContext.NONE));

        assertThat(problemKeys(thrown)).containsExactly("signing.error.not-requested");
        assertThat(signatures(version.id())).isZero();
    }

    private static Settings withContext(Settings current, boolean keep) {
        return new Settings(current.version(), current.schoolName(), current.consentDeadlineDays(),
                current.votingGeleding(), current.quorumPercent(), current.majorityRule(),
                current.signatureRetentionMonths(), current.votesByName(), current.signingDueDays(), keep);
    }

}
