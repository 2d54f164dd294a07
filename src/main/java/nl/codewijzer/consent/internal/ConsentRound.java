package nl.codewijzer.consent.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import nl.codewijzer.consent.FollowUp;
import nl.codewijzer.consent.Outcome;
import nl.codewijzer.consent.RoundStatus;
import nl.codewijzer.consent.RoundSummary;
import nl.codewijzer.school.MajorityRule;
import nl.codewijzer.school.VotingGeleding;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "consent_round")
public class ConsentRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Version
    @Column(name = "row_version")
    private long rowVersion;
    private long codeId;
    private long versionId;
    private int versionNumber;
    private String codeTitle = "";
    private String sha256 = "";
    private @Nullable Long submittedById;
    private String submittedByName = "";
    private Instant submittedAt = Instant.EPOCH;
    private String toelichting = "";
    private LocalDate deadline = LocalDate.EPOCH;
    @Enumerated(EnumType.STRING)
    private VotingGeleding votingGeleding = VotingGeleding.PERSONEEL;
    private int quorumPercent;
    @Enumerated(EnumType.STRING)
    private MajorityRule majorityRule = MajorityRule.MEER_VOOR_DAN_TEGEN;

    /** The reglement's rule when submitted: does the decision name each member's vote, or give counts only? */
    @jakarta.persistence.Column(name = "votes_by_name", nullable = false)
    private boolean votesByName = true;
    @Enumerated(EnumType.STRING)
    private RoundStatus status = RoundStatus.OPEN;
    @Enumerated(EnumType.STRING)
    private @Nullable Outcome outcome;
    private @Nullable Integer eligibleCount;
    private @Nullable Instant closedAt;
    private @Nullable String closedByName;
    private @Nullable LocalDate decisionDate;
    private @Nullable String decisionReasons;
    @Enumerated(EnumType.STRING)
    private @Nullable FollowUp followUp;
    private @Nullable String followUpNote;
    private @Nullable Instant followUpAt;
    private @Nullable LocalDate effectiveDate;
    private @Nullable LocalDate reviewDate;
    private @Nullable Instant adoptedAt;
    /** Set when adopted as a redactional change: why earlier signatures still count. */
    private @Nullable String redactionalReason;
    /**
     * The number of the version that was active when the round was submitted: what the MR's
     * comparison is made against, also after this version replaces it (issue 15). Null for a first
     * version, and for rounds submitted before it was kept.
     */
    private @Nullable Integer comparedNumber;
    private boolean remindedWeek;
    private boolean remindedDay;

    protected ConsentRound() {
    }

    public ConsentRound(long codeId, long versionId, int versionNumber, String codeTitle, String sha256,
            @Nullable Long submittedById, String submittedByName, Instant submittedAt, String toelichting,
            LocalDate deadline, VotingGeleding votingGeleding, int quorumPercent, MajorityRule majorityRule,
            boolean votesByName) {
        this.codeId = codeId;
        this.versionId = versionId;
        this.versionNumber = versionNumber;
        this.codeTitle = codeTitle;
        this.sha256 = sha256;
        this.submittedById = submittedById;
        this.submittedByName = submittedByName;
        this.submittedAt = submittedAt;
        this.toelichting = toelichting;
        this.deadline = deadline;
        this.votingGeleding = votingGeleding;
        this.quorumPercent = quorumPercent;
        this.majorityRule = majorityRule;
        this.votesByName = votesByName;
    }

    public long id() {
        return java.util.Objects.requireNonNull(id);
    }

    public long versionId() {
        return versionId;
    }

    public long codeId() {
        return codeId;
    }

    public RoundStatus status() {
        return status;
    }

    public @Nullable Outcome outcome() {
        return outcome;
    }

    public @Nullable FollowUp followUp() {
        return followUp;
    }

    public VotingGeleding votingGeleding() {
        return votingGeleding;
    }

    public int quorumPercent() {
        return quorumPercent;
    }

    public boolean votesByName() {
        return votesByName;
    }

    public MajorityRule majorityRule() {
        return majorityRule;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String sha256() {
        return sha256;
    }

    public String codeTitle() {
        return codeTitle;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public boolean remindedWeek() {
        return remindedWeek;
    }

    public boolean remindedDay() {
        return remindedDay;
    }

    public void remindedWeek(boolean value) {
        remindedWeek = value;
    }

    public void remindedDay(boolean value) {
        remindedDay = value;
    }

    public void close(Outcome outcome, int eligible, Instant at, String by, LocalDate decisionDate,
            @Nullable String reasons) {
        this.status = RoundStatus.GESLOTEN;
        this.outcome = outcome;
        this.eligibleCount = eligible;
        this.closedAt = at;
        this.closedByName = by;
        this.decisionDate = decisionDate;
        this.decisionReasons = reasons;
    }

    public void adopt(LocalDate effective, LocalDate review, Instant at, @Nullable String redactional) {
        redactionalReason = redactional;
        status = RoundStatus.VASTGESTELD;
        effectiveDate = effective;
        reviewDate = review;
        adoptedAt = at;
    }

    public void withdraw(Instant at) {
        status = RoundStatus.INGETROKKEN;
        if (outcome != null && !outcome.isConsent()) {
            followUp = FollowUp.INGETROKKEN;
            followUpAt = at;
        }
    }

    public void followUp(FollowUp what, @Nullable String note, Instant at) {
        followUp = what;
        followUpNote = note;
        followUpAt = at;
    }

    public @Nullable Integer comparedNumber() {
        return comparedNumber;
    }

    public void compareWith(@Nullable Integer activeNumber) {
        this.comparedNumber = activeNumber;
    }

    public RoundSummary toSummary() {
        return new RoundSummary(id(), codeId, versionId, versionNumber, codeTitle, sha256, submittedByName, submittedAt,
                toelichting, deadline, votingGeleding, quorumPercent, majorityRule, status, outcome, closedAt,
                closedByName, decisionDate, decisionReasons, followUp, followUpNote, effectiveDate, reviewDate,
                adoptedAt, redactionalReason);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConsentRound round && id != null && id.equals(round.id);
    }

    @Override
    public int hashCode() {
        return ConsentRound.class.hashCode();
    }
}
