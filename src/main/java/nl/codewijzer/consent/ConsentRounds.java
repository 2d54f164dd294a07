package nl.codewijzer.consent;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionDetail;
import nl.codewijzer.codetext.VersionStatus;
import nl.codewijzer.consent.internal.ConsentComment;
import nl.codewijzer.consent.internal.ConsentCommentRepository;
import nl.codewijzer.consent.internal.ConsentRound;
import nl.codewijzer.consent.internal.ConsentRoundRepository;
import nl.codewijzer.consent.internal.DecisionPdf;
import nl.codewijzer.school.SchoolSettings;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the MR's consent rounds: the list, one round under review, and its instemmingsbesluit as
 * PDF. The coördinator, the schoolleiding and all MR members read. What changes a round lives in
 * one service per use case: {@link ConsentSubmission} (the schoolleiding submits or withdraws),
 * {@link ConsentVoting} (members vote and comment), {@link ConsentDecisions} (the voorzitter or the
 * deadline decides) and {@link ConsentFollowUps} (adopt, amend, dispute). Every method checks who
 * calls it; refused input changes nothing.
 */
@Service
@PreAuthorize(Role.Require.SIGNED_IN)
public class ConsentRounds {

    static final String READERS = Role.Require.CONSENT_READER;
    /** Who may read a round's mails in the outbox: those of {@link #READERS}; not the beheerder as such. */
    static final Set<Role> MAIL_READERS = Set.of(Role.COORDINATOR, Role.SCHOOLLEIDING, Role.MR_LID, Role.MR_VOORZITTER);
    public static final int MAX_TEXT = 4000;
    /** The consent rounds. */
    public static final String LIST_ROUTE = "instemming";
    /** One round, followed by its id: its view's {@code @Route}. */
    public static final String ROUND_ROUTE = LIST_ROUTE + "/ronde";
    /** The start of a link to one round: followed by the round's id. */
    public static final String ROUTE = ROUND_ROUTE + "/";

    private final ConsentRoundRepository rounds;
    private final ConsentCommentRepository comments;
    private final CodeTexts codeTexts;
    private final SchoolSettings settings;
    private final DecisionPdf decisionPdf;
    private final CurrentUser currentUser;
    private final RoundRecords records;
    private final ConsentDocuments documents;

    ConsentRounds(ConsentRoundRepository rounds, ConsentCommentRepository comments, CodeTexts codeTexts,
            SchoolSettings settings, DecisionPdf decisionPdf, CurrentUser currentUser, RoundRecords records,
            ConsentDocuments documents) {
        this.documents = documents;
        this.rounds = rounds;
        this.comments = comments;
        this.codeTexts = codeTexts;
        this.settings = settings;
        this.decisionPdf = decisionPdf;
        this.currentUser = currentUser;
        this.records = records;
    }

    public boolean canSubmit() {
        return currentUser.hasAnyRole(Role.SCHOOLLEIDING);
    }

    /** The default deadline (today plus the reglement's term) and voting geleding for a new round. */
    @Transactional(readOnly = true)
    public SubmitDefaults defaults() {
        var current = settings.current();
        return new SubmitDefaults(records.today().plusDays(current.consentDeadlineDays()), current.votingGeleding());
    }

    /** Concept versions that could be put to the MR. */
    @PreAuthorize(Role.Require.SCHOOLLEIDING)
    @Transactional(readOnly = true)
    public List<VersionDetail> submittable() {
        return codeTexts.codes().stream().map(code -> code.latestDraft())
                .filter(draft -> draft != null && draft.status() == VersionStatus.CONCEPT)
                .map(draft -> codeTexts.version(Objects.requireNonNull(draft).id())).toList();
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<RoundSummary> rounds() {
        return rounds.newestFirst().stream().map(ConsentRound::toSummary).toList();
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public RoundReview review(long roundId) {
        var round = records.load(roundId);
        var summary = round.toSummary();
        var version = codeTexts.version(round.versionId());
        var compared = records.comparedNumber(round);
        var comparison = compared == null ? null : codeTexts.compare(round.codeId(), compared, version.number());
        var lines = records.voteLines(round);
        var tally = records.tally(round);
        var me = currentUser.get();
        VoteLine mine = me.map(user -> lines.stream().filter(line -> line.personId() == user.personId())
                .findFirst().orElse(null)).orElse(null);
        boolean open = round.status() == RoundStatus.OPEN;
        boolean leader = currentUser.hasAnyRole(Role.SCHOOLLEIDING);
        boolean refused = round.status() == RoundStatus.GESLOTEN && round.outcome() != null
                && !round.outcome().isConsent();
        boolean consented = round.status() == RoundStatus.GESLOTEN && round.outcome() != null
                && round.outcome().isConsent();
        return new RoundReview(summary, version.markdown(), comparison, sections(version.markdown()), lines, tally,
                OutcomeRules.decide(tally, round.quorumPercent(), round.majorityRule()),
                comments.forRound(roundId).stream().map(ConsentComment::toLine).toList(), mine,
                ChronoUnit.DAYS.between(records.today(), round.deadline()),
                open && mine != null && !leader,
                open && (leader || currentUser.hasAnyRole(Role.MR_LID, Role.MR_VOORZITTER)),
                open && currentUser.hasAnyRole(Role.MR_VOORZITTER),
                consented && leader,
                refused && leader && round.followUp() != FollowUp.GEWIJZIGD,
                leader && (open || consented || (refused && round.followUp() != FollowUp.GEWIJZIGD)));
    }

    /**
     * The MR's decision as a PDF: proposal, the documents with it, votes per member, outcome, reasons,
     * dates and the text's SHA-256.
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public byte[] decisionPdf(long roundId, Locale locale) {
        var round = records.load(roundId);
        var summary = round.toSummary();
        var tally = records.tally(round);
        var outcome = summary.outcome() != null ? summary.outcome()
                : OutcomeRules.decide(tally, round.quorumPercent(), round.majorityRule());
        var lines = round.votesByName() ? records.voteLines(round) : null;
        return decisionPdf.render(summary, tally, outcome, lines, codeTexts.version(round.versionId()).markdown(),
                documents.documents(roundId), locale);
    }

    /**
     * The evaluation date the schoolleiding set when this version was adopted through a round, if it
     * was (issue 15: the review cycle reminds and shows its card from it).
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Optional<LocalDate> reviewDate(long versionId) {
        return adoptedRound(versionId).map(RoundSummary::reviewDate);
    }

    /**
     * The round through which this version was adopted, if it was: its MR decision date and adoption
     * (issue 15: the public page of the code states when the MR consented).
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Optional<RoundSummary> adoptedRound(long versionId) {
        return rounds.forVersion(versionId).stream().map(ConsentRound::toSummary)
                .filter(round -> round.adoptedAt() != null).findFirst();
    }

    static List<String> sections(String markdown) {
        return markdown.lines().filter(line -> line.matches("^#{1,3}\\s+.*"))
                .map(line -> line.replaceFirst("^#{1,3}\\s+", "").strip()).filter(line -> !line.isEmpty()).toList();
    }
}
