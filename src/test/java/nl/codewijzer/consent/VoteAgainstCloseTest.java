package nl.codewijzer.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.school.VotingGeleding;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An MR vote and the voorzitter's close of the same round wait for each other: a vote that arrives
 * while the close is being recorded is refused with a clear message and is not in the decision; a
 * vote that was being recorded when the voorzitter pressed close is counted. Each side holds its
 * transaction open a moment, as a slow server would, while the other side starts.
 */
@CodewijzerTest
class VoteAgainstCloseTest {

    private static final Duration HOLD = Duration.ofMillis(300);

    @Autowired
    ConsentRounds consent;
    @Autowired
    ConsentSubmission submission;
    @Autowired
    ConsentVoting consentVoting;
    @Autowired
    ConsentDecisions decisions;
    @Autowired
    CodeTexts codeTexts;
    @Autowired
    UserDetailsService users;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void a_vote_that_arrives_while_the_voorzitter_closes_is_refused_and_is_not_in_the_decision() throws Exception {
        var round = submitted();
        vote(round.id(), ConsentRoundsTest.VOORZITTER, VoteChoice.INSTEMMEN);
        vote(round.id(), ConsentRoundsTest.KARIN, VoteChoice.INSTEMMEN);

        var lateVote = new AtomicReference<Future<VoteLine>>();
        try (var other = Executors.newSingleThreadExecutor()) {
            transaction.executeWithoutResult(status -> {
                SignIn.as(users, ConsentRoundsTest.VOORZITTER);
                decisions.close(round.id(), today(), null);
                lateVote.set(other.submit(() -> {
                    SignIn.as(users, ConsentRoundsTest.LID);
                    return consentVoting.vote(round.id(), VoteChoice.NIET_INSTEMMEN, "Te laat binnengekomen bezwaar");
                }));
                assertStillWaiting(lateVote.get());
            });
            var refused = org.assertj.core.api.Assertions.catchThrowable(() -> lateVote.get().get(30, TimeUnit.SECONDS));
            assertThat(refused).isInstanceOf(ExecutionException.class).cause().isInstanceOf(InvalidInput.class);
            assertThat(((InvalidInput) refused.getCause()).problems()).extracting(InvalidInput.Problem::messageKey)
                    .containsExactly("consent.error.closed-vote");
        }

        SignIn.as(users, ConsentRoundsTest.VOORZITTER);
        var review = consent.review(round.id());
        assertThat(review.votes()).extracting(VoteLine::motivation).doesNotContain("Te laat binnengekomen bezwaar");
        assertThat(review.votes()).filteredOn(line -> line.choice() != null).as("votes counted")
                .extracting(VoteLine::name).containsExactlyInAnyOrder("Marloes de Wit", "Karin Smit");
        assertThat(review.round().outcome()).isEqualTo(Outcome.INSTEMMING);
        assertThat(decisionText(round.id())).doesNotContain("Te laat binnengekomen bezwaar");
    }

    @Test
    void a_vote_being_recorded_when_the_voorzitter_closes_is_counted() throws Exception {
        var round = submitted();
        vote(round.id(), ConsentRoundsTest.VOORZITTER, VoteChoice.INSTEMMEN);

        var close = new AtomicReference<Future<RoundSummary>>();
        try (var other = Executors.newSingleThreadExecutor()) {
            transaction.executeWithoutResult(status -> {
                SignIn.as(users, ConsentRoundsTest.KARIN);
                consentVoting.vote(round.id(), VoteChoice.NIET_INSTEMMEN, "Net op tijd: graag eerst overleg");
                close.set(other.submit(() -> {
                    SignIn.as(users, ConsentRoundsTest.VOORZITTER);
                    return decisions.close(round.id(), today(), "Er is nog overleg nodig.");
                }));
                assertStillWaiting(close.get());
            });
            var closed = close.get().get(30, TimeUnit.SECONDS);
            assertThat(closed.outcome()).as("one for, one against: a tie is never consent").isNotEqualTo(Outcome.INSTEMMING);
        }

        SignIn.as(users, ConsentRoundsTest.VOORZITTER);
        assertThat(consent.review(round.id()).votes()).extracting(VoteLine::motivation)
                .contains("Net op tijd: graag eerst overleg");
        assertThat(decisionText(round.id())).contains("Net op tijd: graag eerst overleg");
    }

    private RoundSummary submitted() {
        SignIn.as(users, ConsentRoundsTest.DIRECTEUR);
        var concept = codeTexts.createCode("Stemmen en sluiten " + System.nanoTime(), "gedragscode-sociale-media");
        return submission.submit(concept.id(), "Graag uw instemming.", today().plusDays(14), VotingGeleding.PERSONEEL);
    }

    private void vote(long roundId, String email, VoteChoice choice) {
        SignIn.as(users, email);
        consentVoting.vote(roundId, choice, null);
    }

    /** The other side has started and waits for this transaction's lock on the round. */
    private static void assertStillWaiting(Future<?> other) {
        try {
            other.get(HOLD.toMillis(), TimeUnit.MILLISECONDS);
            throw new AssertionError("the other side did not wait for the round's lock");
        } catch (TimeoutException waiting) {
            // as it should: it waits until this transaction commits
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new AssertionError("the other side did not wait for the round's lock", e.getCause());
        }
    }

    private String decisionText(long roundId) throws Exception {
        try (var pdf = Loader.loadPDF(consent.decisionPdf(roundId, java.util.Locale.of("nl")))) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private static LocalDate today() {
        return LocalDate.now(SchoolTime.ZONE);
    }
}
