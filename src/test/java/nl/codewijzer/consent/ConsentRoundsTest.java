package nl.codewijzer.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.Translations;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionDetail;
import nl.codewijzer.codetext.VersionStatus;
import nl.codewijzer.notification.Notifications;
import nl.codewijzer.school.VotingGeleding;
import nl.codewijzer.security.SystemActor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The consent workflow through its service, as each role uses it, including what it refuses. */
@CodewijzerTest
@RecordApplicationEvents
class ConsentRoundsTest {

    @Autowired
    ApplicationEvents events;

    static final String DIRECTEUR = "directeur@school.example";
    static final String VOORZITTER = "mr.voorzitter@school.example";
    static final String LID = "mr.lid@school.example";
    static final String KARIN = "karin.smit@school.example";

    @Autowired
    ConsentRounds consent;

    @Autowired
    ConsentSubmission submission;

    @Autowired
    ConsentVoting consentVoting;

    @Autowired
    ConsentDecisions decisions;

    @Autowired
    ConsentFollowUps followUps;

    @Autowired
    CodeTexts codeTexts;

    @Autowired
    Notifications notifications;

    @Autowired
    UserDetailsService users;

    private static LocalDate today() {
        return LocalDate.now(SchoolTime.ZONE);
    }

    private VersionDetail freshConcept() {
        SignIn.as(users, DIRECTEUR);
        return codeTexts.createCode("Instemmingstest " + System.nanoTime(), "gedragscode-sociale-media");
    }

    private RoundSummary submitted(VotingGeleding geleding) {
        var concept = freshConcept();
        return submission.submit(concept.id(), "Het team heeft dit op de teamdag afgesproken.", today().plusDays(14),
                geleding);
    }

    private void vote(String email, VoteChoice choice, String motivation) {
        SignIn.as(users, email);
        consentVoting.vote(0 + currentRound, choice, motivation);
    }

    private long currentRound;

    private static List<String> problemKeys(Throwable thrown) {
        return ((InvalidInput) thrown).problems().stream().map(InvalidInput.Problem::messageKey).toList();
    }

    @Test
    void submitting_freezes_the_text_and_notifies_the_members_of_the_voting_geleding() {
        var round = submitted(VotingGeleding.PERSONEEL);

        var version = codeTexts.version(round.versionId());
        assertThat(version.status()).isEqualTo(VersionStatus.TER_INSTEMMING);
        assertThatThrownBy(() -> codeTexts.save(round.versionId(), version.markdown() + "\nNog iets.\n", "Na voorleggen",
                null)).isInstanceOf(InvalidInput.class);
        assertThat(codeTexts.version(round.versionId()).markdown()).isEqualTo(version.markdown());
        assertThat(round.deadline()).isEqualTo(today().plusDays(14));

        SignIn.as(users, LID);
        assertThat(notifications.inbox()).anyMatch(entry -> entry.subject().contains(round.codeTitle())
                && ("instemming/ronde/" + round.id()).equals(entry.link()));
        SignIn.as(users, "docent@school.example");
        assertThat(notifications.inbox()).noneMatch(entry -> entry.subject().contains(round.codeTitle()));
    }

    @Test
    void the_defaults_come_from_the_school_settings() {
        SignIn.as(users, DIRECTEUR);
        var defaults = consent.defaults();
        assertThat(defaults.deadline()).isEqualTo(today().plusDays(42));
        assertThat(defaults.votingGeleding()).isEqualTo(VotingGeleding.PERSONEEL);
    }

    @Test
    void bad_submissions_are_refused_with_reasons_at_the_fields_and_change_nothing() {
        var concept = freshConcept();
        var thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> submission.submit(concept.id(), "  ", today(), null));
        assertThat(problemKeys(thrown)).containsExactly("consent.error.toelichting-missing",
                "consent.error.deadline-past", "consent.error.geleding-missing");
        assertThat(codeTexts.version(concept.id()).status()).isEqualTo(VersionStatus.CONCEPT);

        var round = submission.submit(concept.id(), "Redenen", today().plusDays(3), VotingGeleding.PERSONEEL);
        thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> submission.submit(concept.id(), "Nog eens", today().plusDays(3), VotingGeleding.PERSONEEL));
        assertThat(problemKeys(thrown)).containsExactly("consent.error.not-concept");
        assertThat(consent.rounds()).filteredOn(r -> r.versionId() == concept.id()).extracting(RoundSummary::id)
                .containsExactly(round.id());
    }

    @Test
    void only_the_schoolleiding_submits_and_adopts_and_only_the_voorzitter_closes() {
        var round = submitted(VotingGeleding.PERSONEEL);

        SignIn.as(users, "coordinator@school.example");
        assertThat(consent.review(round.id()).canVote()).isFalse(); // reads, but does not vote
        var another = codeTexts.createCode("Coördinatortest " + System.nanoTime(), "gedragscode-sociale-media");
        assertThatThrownBy(() -> submission.submit(another.id(), "x", today().plusDays(5), VotingGeleding.PERSONEEL))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, DIRECTEUR);
        assertThatThrownBy(() -> consentVoting.vote(round.id(), VoteChoice.INSTEMMEN, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> decisions.close(round.id(), today(), null)).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, LID);
        assertThatThrownBy(() -> decisions.close(round.id(), today(), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> followUps.adopt(round.id(), today(), today().plusYears(1)))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "docent@school.example");
        assertThatThrownBy(() -> consent.rounds()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consent.review(round.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_members_of_the_voting_geleding_vote_and_refusing_needs_a_motivation() {
        var round = submitted(VotingGeleding.OUDERS);
        SignIn.as(users, LID);
        var outside = org.assertj.core.api.Assertions.catchThrowable(
                () -> consentVoting.vote(round.id(), VoteChoice.INSTEMMEN, null));
        assertThat(problemKeys(outside)).containsExactly("consent.error.not-voting-member");
        assertThat(consent.review(round.id()).canVote()).isFalse();

        var staffRound = submitted(VotingGeleding.PERSONEEL);
        SignIn.as(users, LID);
        var noReason = org.assertj.core.api.Assertions.catchThrowable(
                () -> consentVoting.vote(staffRound.id(), VoteChoice.NIET_INSTEMMEN, " "));
        assertThat(problemKeys(noReason)).containsExactly("consent.error.motivation-missing");
        assertThat(consent.review(staffRound.id()).tally().cast()).isZero();

        consentVoting.vote(staffRound.id(), VoteChoice.NIET_INSTEMMEN, "Te streng voor mentoren");
        consentVoting.vote(staffRound.id(), VoteChoice.INSTEMMEN, null); // changed my mind before the close
        var review = consent.review(staffRound.id());
        assertThat(review.tally()).isEqualTo(new Tally(3, 1, 0, 0));
        assertThat(review.myVote()).isNotNull();
        assertThat(review.myVote().choice()).isEqualTo(VoteChoice.INSTEMMEN);
    }

    @Test
    void consent_then_adoption_makes_the_version_the_active_code() {
        var round = submitted(VotingGeleding.PERSONEEL);
        currentRound = round.id();
        vote(VOORZITTER, VoteChoice.INSTEMMEN, "");
        vote(LID, VoteChoice.INSTEMMEN, "");

        SignIn.as(users, VOORZITTER);
        var future = org.assertj.core.api.Assertions.catchThrowable(
                () -> decisions.close(round.id(), today().plusDays(1), null));
        assertThat(problemKeys(future)).containsExactly("consent.error.decision-date-future");
        var closed = decisions.close(round.id(), today(), null);
        assertThat(closed.outcome()).isEqualTo(Outcome.INSTEMMING);
        assertThat(codeTexts.version(round.versionId()).status()).isEqualTo(VersionStatus.INGESTEMD);
        assertThat(events.stream(ConsentGiven.class)).singleElement()
                .satisfies(given -> assertThat(given.versionId()).isEqualTo(round.versionId()));

        SignIn.as(users, KARIN);
        var late = org.assertj.core.api.Assertions.catchThrowable(
                () -> consentVoting.vote(round.id(), VoteChoice.NIET_INSTEMMEN, "Te laat"));
        assertThat(problemKeys(late)).containsExactly("consent.error.closed-vote");

        SignIn.as(users, DIRECTEUR);
        var past = org.assertj.core.api.Assertions.catchThrowable(
                () -> followUps.adopt(round.id(), today().minusDays(1), today().plusYears(1)));
        assertThat(problemKeys(past)).containsExactly("consent.error.effective-past");
        assertThat(codeTexts.version(round.versionId()).status()).isEqualTo(VersionStatus.INGESTEMD);

        var adopted = followUps.adopt(round.id(), today(), today().plusYears(1));
        assertThat(adopted.status()).isEqualTo(RoundStatus.VASTGESTELD);
        assertThat(codeTexts.active(round.codeId())).hasValueSatisfying(
                active -> assertThat(active.id()).isEqualTo(round.versionId()));
        assertThat(events.stream(nl.codewijzer.codetext.VersionAdopted.class)).singleElement()
                .satisfies(adoptedEvent -> assertThat(adoptedEvent.sha256()).isEqualTo(round.sha256()));
    }

    @Test
    void closing_without_quorum_is_no_consent_and_the_schoolleiding_can_amend_with_the_reasons() {
        var round = submitted(VotingGeleding.PERSONEEL);
        currentRound = round.id();
        vote(LID, VoteChoice.INSTEMMEN, "");

        SignIn.as(users, VOORZITTER);
        assertThat(consent.review(round.id()).provisionalOutcome()).isEqualTo(Outcome.QUORUM_NIET_GEHAALD);
        var noReasons = org.assertj.core.api.Assertions.catchThrowable(() -> decisions.close(round.id(), today(), ""));
        assertThat(problemKeys(noReasons)).containsExactly("consent.error.reasons-missing");
        assertThat(codeTexts.version(round.versionId()).status()).isEqualTo(VersionStatus.TER_INSTEMMING);
        var closed = decisions.close(round.id(), today(), "Te weinig leden konden de tekst bespreken.");
        assertThat(closed.outcome()).isEqualTo(Outcome.QUORUM_NIET_GEHAALD);
        assertThat(codeTexts.version(round.versionId()).status()).isEqualTo(VersionStatus.NIET_INGESTEMD);
        assertThat(events.stream(ConsentRefused.class)).singleElement()
                .satisfies(refused -> assertThat(refused.reasons()).contains("Te weinig leden"));

        SignIn.as(users, DIRECTEUR);
        var noConsent = org.assertj.core.api.Assertions.catchThrowable(
                () -> followUps.adopt(round.id(), today(), today().plusYears(1)));
        assertThat(problemKeys(noConsent)).containsExactly("consent.error.no-consent");

        var draft = followUps.amend(round.id());
        assertThat(draft.status()).isEqualTo(VersionStatus.CONCEPT);
        assertThat(draft.summary().message()).contains("Te weinig leden konden de tekst bespreken.");
        assertThat(codeTexts.version(round.versionId()).status()).isEqualTo(VersionStatus.NIET_INGESTEMD);
        assertThat(consent.review(round.id()).round().followUp()).isEqualTo(FollowUp.GEWIJZIGD);
    }

    @Test
    void a_refusal_can_go_to_the_landelijke_commissie_or_be_withdrawn() {
        var round = submitted(VotingGeleding.PERSONEEL);
        currentRound = round.id();
        vote(VOORZITTER, VoteChoice.NIET_INSTEMMEN, "Geen uitzondering voor schoolreizen");
        vote(LID, VoteChoice.NIET_INSTEMMEN, "Eens met de voorzitter");
        SignIn.as(users, VOORZITTER);
        decisions.close(round.id(), today(), "De uitzonderingen ontbreken.");

        SignIn.as(users, DIRECTEUR);
        var empty = org.assertj.core.api.Assertions.catchThrowable(() -> followUps.recordDispute(round.id(), ""));
        assertThat(problemKeys(empty)).containsExactly("consent.error.dispute-note-missing");
        assertThat(followUps.recordDispute(round.id(), "Zaak 2026-123").followUp()).isEqualTo(FollowUp.GESCHIL_LCG);
        submission.withdraw(round.id());
        assertThat(codeTexts.version(round.versionId()).status()).isEqualTo(VersionStatus.INGETROKKEN);
    }

    @Test
    void non_voters_are_reminded_a_week_and_a_day_before_and_the_round_closes_after_the_deadline() {
        var concept = freshConcept();
        var deadline = today().plusDays(10);
        var round = submission.submit(concept.id(), "Redenen", deadline, VotingGeleding.PERSONEEL);
        currentRound = round.id();
        vote(LID, VoteChoice.INSTEMMEN, "");

        SystemActor.runAs(() -> decisions.remindAndCloseOverdue(deadline.minusDays(8)));
        SignIn.as(users, KARIN);
        assertThat(reminders(round)).isZero();

        SystemActor.runAs(() -> decisions.remindAndCloseOverdue(deadline.minusDays(7)));
        SystemActor.runAs(() -> decisions.remindAndCloseOverdue(deadline.minusDays(6))); // not twice
        assertThat(reminders(round)).isEqualTo(1);
        SignIn.as(users, LID);
        assertThat(reminders(round)).as("who voted is not reminded").isZero();

        SystemActor.runAs(() -> decisions.remindAndCloseOverdue(deadline.minusDays(1)));
        SignIn.as(users, KARIN);
        assertThat(reminders(round)).isEqualTo(2);

        SystemActor.runAs(() -> decisions.remindAndCloseOverdue(deadline));
        SignIn.as(users, KARIN);
        assertThat(consent.review(round.id()).round().status()).isEqualTo(RoundStatus.OPEN);

        int closed = SystemActor.runAs(() -> decisions.remindAndCloseOverdue(deadline.plusDays(1)));
        assertThat(closed).isPositive();
        var after = consent.review(round.id()).round();
        assertThat(after.status()).isEqualTo(RoundStatus.GESLOTEN);
        assertThat(after.outcome()).isEqualTo(Outcome.QUORUM_NIET_GEHAALD);
        assertThat(after.decisionDate()).isEqualTo(deadline);
        assertThat(codeTexts.version(round.versionId()).status()).isEqualTo(VersionStatus.NIET_INGESTEMD);
    }

    private long reminders(RoundSummary round) {
        return notifications.inbox().stream().filter(entry -> entry.subject().startsWith("Herinnering")
                && entry.subject().contains(round.codeTitle())).count();
    }

    @Test
    void the_instemmingsbesluit_pdf_holds_the_proposal_the_votes_the_outcome_and_the_hash() throws IOException {
        var round = submitted(VotingGeleding.PERSONEEL);
        // while the round is open the decision is provisional: it says so and carries no seal
        SignIn.as(users, VOORZITTER);
        var provisional = consent.decisionPdf(round.id(), Translations.DUTCH);
        assertThat(pdfSeal.check(provisional).sealed()).isFalse();
        closeWithTwoForAndOneAgainst(round);

        var pdf = consent.decisionPdf(round.id(), Translations.DUTCH);
        try (var document = Loader.loadPDF(pdf)) {
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Instemmingsbesluit MR", round.codeTitle(), "Het team heeft dit op de teamdag",
                    "vastgelegd door Marloes de Wit", "Ahmed Yılmaz", "Karin Smit", "Avondregel is te ruim",
                    "Niet instemmen", "Instemming", "2 voor, 1 tegen, 0 onthouden");
            assertThat(text.replace(" ", "")).contains(round.sha256());
        }
        // the MR's taken decision is sealed like the register and the adopted code, and the seal covers it
        var check = pdfSeal.check(pdf);
        assertThat(check.sealed()).isTrue();
        assertThat(check.intact()).isTrue();
        var altered = pdf.clone();
        altered[11] ^= 0x01; // inside the PDF's binary comment line: still a readable PDF, no longer the sealed bytes
        assertThat(pdfSeal.check(altered).intact()).isFalse();
    }

    @Autowired
    nl.codewijzer.pdf.PdfSeal pdfSeal;

    @Autowired
    nl.codewijzer.school.SchoolSettings schoolSettings;

    /** The personeelsgeleding votes 2 for, 1 against with a motivation, and the voorzitter closes. */
    private void closeWithTwoForAndOneAgainst(RoundSummary round) {
        currentRound = round.id();
        vote(VOORZITTER, VoteChoice.INSTEMMEN, "");
        vote(LID, VoteChoice.NIET_INSTEMMEN, "Avondregel is te ruim");
        vote(KARIN, VoteChoice.INSTEMMEN, "");
        SignIn.as(users, VOORZITTER);
        decisions.close(round.id(), today(), null);
    }

    private void setVotesByName(boolean named) {
        SignIn.as(users, "beheerder@school.example");
        var now = schoolSettings.current();
        schoolSettings.update(new nl.codewijzer.school.Settings(now.version(), now.schoolName(), now.consentDeadlineDays(),
                now.votingGeleding(), now.quorumPercent(), now.majorityRule(), now.signatureRetentionMonths(), named));
    }

    @Test
    void when_the_reglement_gives_counts_only_the_instemmingsbesluit_names_no_member() throws IOException {
        RoundSummary round;
        setVotesByName(false);
        try {
            round = submitted(VotingGeleding.PERSONEEL);
        } finally {
            setVotesByName(true);
        }
        closeWithTwoForAndOneAgainst(round);

        var pdf = consent.decisionPdf(round.id(), Translations.DUTCH);
        try (var document = Loader.loadPDF(pdf)) {
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("2 voor, 1 tegen, 0 onthouden", "alleen de aantallen stemmen");
            assertThat(text).doesNotContain("Ahmed Yılmaz", "Karin Smit", "Avondregel is te ruim");
        }
    }
}
