package nl.codewijzer.consent;

import com.vaadin.flow.internal.HtmlUtils;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.InvalidInput.Problem;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.Translations;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.SafeMarkdown;
import nl.codewijzer.codetext.VersionDetail;
import nl.codewijzer.codetext.VersionStatus;
import nl.codewijzer.consent.internal.ConsentComment;
import nl.codewijzer.consent.internal.ConsentCommentRepository;
import nl.codewijzer.consent.internal.ConsentRound;
import nl.codewijzer.consent.internal.ConsentRoundRepository;
import nl.codewijzer.consent.internal.ConsentVote;
import nl.codewijzer.consent.internal.ConsentVoteRepository;
import nl.codewijzer.notification.Notifications;
import nl.codewijzer.pdf.PdfDocument;
import nl.codewijzer.pdf.PdfDocuments;
import nl.codewijzer.school.SchoolSettings;
import nl.codewijzer.school.VotingGeleding;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.StaffDirectory;
import nl.codewijzer.staff.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The MR's consent on a version of a code. The schoolleiding submits and adopts; members of the
 * voting geleding vote; the voorzitter records the decision; the coördinator, the schoolleiding and
 * all MR members read. Every method checks who calls it; refused input changes nothing.
 */
@Service
@PreAuthorize(Role.Require.SIGNED_IN)
public class ConsentRounds {

    static final String READERS = "hasAnyRole('COORDINATOR', 'SCHOOLLEIDING', 'MR_LID', 'MR_VOORZITTER', 'SYSTEM')";
    /** Who may read a round's mails in the outbox: those of {@link #READERS}; not the beheerder as such. */
    private static final java.util.Set<Role> MAIL_READERS =
            java.util.Set.of(Role.COORDINATOR, Role.SCHOOLLEIDING, Role.MR_LID, Role.MR_VOORZITTER);
    public static final int MAX_TEXT = 4000;
    public static final int MAX_MOTIVATION = 2000;
    public static final String ROUTE = "instemming/ronde/";

    private final ConsentRoundRepository rounds;
    private final ConsentVoteRepository votes;
    private final ConsentCommentRepository comments;
    private final CodeTexts codeTexts;
    private final StaffDirectory staff;
    private final SchoolSettings settings;
    private final Notifications notifications;
    private final PdfDocuments pdfs;
    private final SafeMarkdown markdown;
    private final Translations translations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsentRounds(ConsentRoundRepository rounds, ConsentVoteRepository votes, ConsentCommentRepository comments,
            CodeTexts codeTexts, StaffDirectory staff, SchoolSettings settings, Notifications notifications,
            PdfDocuments pdfs, SafeMarkdown markdown, Translations translations, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.votes = votes;
        this.comments = comments;
        this.codeTexts = codeTexts;
        this.staff = staff;
        this.settings = settings;
        this.notifications = notifications;
        this.pdfs = pdfs;
        this.markdown = markdown;
        this.translations = translations;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    // ---- reading ----

    public boolean canSubmit() {
        return currentUser.hasAnyRole(Role.SCHOOLLEIDING);
    }

    /** The default deadline (today plus the reglement's term) and voting geleding for a new round. */
    @Transactional(readOnly = true)
    public SubmitDefaults defaults() {
        var current = settings.current();
        return new SubmitDefaults(today().plusDays(current.consentDeadlineDays()), current.votingGeleding());
    }

    /** Concept versions that could be put to the MR. */
    @PreAuthorize("hasRole('SCHOOLLEIDING')")
    @Transactional(readOnly = true)
    public List<VersionDetail> submittable() {
        return codeTexts.codes().stream().map(code -> code.latestDraft())
                .filter(draft -> draft != null && draft.status() == VersionStatus.CONCEPT)
                .map(draft -> codeTexts.version(java.util.Objects.requireNonNull(draft).id())).toList();
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<RoundSummary> rounds() {
        return rounds.newestFirst().stream().map(ConsentRound::toSummary).toList();
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public RoundReview review(long roundId) {
        var round = load(roundId);
        var summary = round.toSummary();
        var version = codeTexts.version(round.versionId());
        var comparison = codeTexts.active(round.codeId()).filter(active -> active.number() != version.number())
                .map(active -> codeTexts.compare(round.codeId(), active.number(), version.number())).orElse(null);
        var lines = voteLines(round);
        var tally = tally(round);
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
                ChronoUnit.DAYS.between(today(), round.deadline()),
                open && mine != null && !leader,
                open && (leader || currentUser.hasAnyRole(Role.MR_LID, Role.MR_VOORZITTER)),
                open && currentUser.hasAnyRole(Role.MR_VOORZITTER),
                consented && leader,
                refused && leader && round.followUp() != FollowUp.GEWIJZIGD,
                leader && (open || consented || (refused && round.followUp() != FollowUp.GEWIJZIGD)));
    }

    // ---- the schoolleiding submits ----

    @PreAuthorize("hasRole('SCHOOLLEIDING')")
    @Transactional
    public RoundSummary submit(long versionId, String toelichting, @Nullable LocalDate deadline,
            @Nullable VotingGeleding geleding) {
        var version = codeTexts.version(versionId);
        var problems = new ArrayList<Problem>();
        if (version.status() != VersionStatus.CONCEPT) {
            problems.add(new Problem("version", "consent.error.not-concept", version.number()));
        }
        checkText(problems, "toelichting", toelichting, "consent.error.toelichting-missing");
        if (deadline == null) {
            problems.add(new Problem("deadline", "consent.error.deadline-missing"));
        } else if (!deadline.isAfter(today())) {
            problems.add(new Problem("deadline", "consent.error.deadline-past"));
        }
        if (geleding == null) {
            problems.add(new Problem("geleding", "consent.error.geleding-missing"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var voting = java.util.Objects.requireNonNull(geleding);
        var user = currentUser.require();
        var reglement = settings.current();
        codeTexts.transition(versionId, VersionStatus.TER_INSTEMMING);
        var round = rounds.saveAndFlush(new ConsentRound(version.summary().codeId(), versionId, version.number(),
                version.codeTitle(), version.summary().sha256(), user.personId(), user.fullName(), clock.instant(),
                toelichting.strip(), java.util.Objects.requireNonNull(deadline), voting, reglement.quorumPercent(),
                reglement.majorityRule(), reglement.votesByName()));
        for (var member : voters(voting)) {
            notifications.notify(member.id(),
                    dutch("consent.notify.submitted.subject", version.codeTitle(), version.number()),
                    dutch("consent.notify.submitted.body", user.fullName(), version.number(), version.codeTitle(),
                            dutchDate(round.deadline()), toelichting.strip()),
                    ROUTE + round.id(), MAIL_READERS);
        }
        return round.toSummary();
    }

    // ---- members vote and discuss ----

    @PreAuthorize("hasAnyRole('MR_LID', 'MR_VOORZITTER')")
    @Transactional
    public VoteLine vote(long roundId, @Nullable VoteChoice choice, @Nullable String motivation) {
        // the round's row is locked until this vote commits, and the close takes the same lock: a vote
        // either commits before the count and is counted, or finds the round closed and is refused
        var round = locked(roundId);
        if (round.status() != RoundStatus.OPEN) {
            throw new InvalidInput("choice", "consent.error.closed-vote");
        }
        var user = currentUser.require();
        var member = staff.find(user.personId()).orElseThrow();
        if (currentUser.hasAnyRole(Role.SCHOOLLEIDING) || !isMr(member)
                || !OutcomeRules.votesIn(round.votingGeleding(), member.geleding())) {
            throw new InvalidInput("choice", "consent.error.not-voting-member",
                    translations.getTranslation(round.votingGeleding().labelKey(), Translations.DUTCH));
        }
        var problems = new ArrayList<Problem>();
        if (choice == null) {
            problems.add(new Problem("choice", "consent.error.choice-missing"));
        }
        var why = motivation == null || motivation.isBlank() ? null : motivation.strip();
        if (choice == VoteChoice.NIET_INSTEMMEN && why == null) {
            problems.add(new Problem("motivation", "consent.error.motivation-missing"));
        }
        if (why != null && why.length() > MAX_MOTIVATION) {
            problems.add(new Problem("motivation", "consent.error.too-long", MAX_MOTIVATION));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var vote = votes.byPerson(roundId, member.id())
                .orElseGet(() -> new ConsentVote(roundId, member.id(), member.fullName(), member.geleding()));
        vote.cast(java.util.Objects.requireNonNull(choice), why, clock.instant());
        votes.saveAndFlush(vote);
        events.publishEvent(new ConsentVoteCast(roundId, round.versionId(), round.votesByName() ? choice : null));
        return new VoteLine(member.id(), member.fullName(), member.geleding(), vote.choice(), vote.motivation(),
                vote.castAt());
    }

    @PreAuthorize("hasAnyRole('SCHOOLLEIDING', 'MR_LID', 'MR_VOORZITTER')")
    @Transactional
    public CommentLine comment(long roundId, @Nullable String section, String body) {
        var round = load(roundId);
        if (round.status() != RoundStatus.OPEN) {
            throw new InvalidInput("comment", "consent.error.closed");
        }
        var problems = new ArrayList<Problem>();
        checkText(problems, "comment", body, "consent.error.comment-empty");
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var user = currentUser.require();
        var cleanSection = section == null || section.isBlank() ? null
                : section.strip().substring(0, Math.min(200, section.strip().length()));
        return comments.saveAndFlush(new ConsentComment(roundId, user.personId(), user.fullName(), cleanSection,
                body.strip(), clock.instant())).toLine();
    }

    // ---- the voorzitter records the decision ----

    @PreAuthorize("hasRole('MR_VOORZITTER')")
    @Transactional
    public RoundSummary close(long roundId, @Nullable LocalDate decisionDate, @Nullable String reasons) {
        // locked: a vote on its way either committed before this count or waits and is then refused
        var round = locked(roundId);
        if (round.status() != RoundStatus.OPEN) {
            throw new InvalidInput("decisionDate", "consent.error.closed");
        }
        var outcome = OutcomeRules.decide(tally(round), round.quorumPercent(), round.majorityRule());
        var problems = new ArrayList<Problem>();
        if (decisionDate == null) {
            problems.add(new Problem("decisionDate", "consent.error.decision-date-missing"));
        } else if (decisionDate.isAfter(today())) {
            problems.add(new Problem("decisionDate", "consent.error.decision-date-future"));
        } else if (decisionDate.isBefore(LocalDate.ofInstant(round.submittedAt(), SchoolTime.ZONE))) {
            problems.add(new Problem("decisionDate", "consent.error.decision-date-before-submit"));
        }
        var why = reasons == null || reasons.isBlank() ? null : reasons.strip();
        if (!outcome.isConsent() && why == null) {
            problems.add(new Problem("reasons", "consent.error.reasons-missing"));
        }
        if (why != null && why.length() > MAX_TEXT) {
            problems.add(new Problem("reasons", "consent.error.too-long", MAX_TEXT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return closeWith(round, outcome, currentUser.require().fullName(), java.util.Objects.requireNonNull(decisionDate),
                why);
    }

    private RoundSummary closeWith(ConsentRound round, Outcome outcome, String by, LocalDate decisionDate,
            @Nullable String reasons) {
        round.close(outcome, tally(round).eligible(), clock.instant(), by, decisionDate, reasons);
        rounds.saveAndFlush(round);
        codeTexts.transition(round.versionId(),
                outcome.isConsent() ? VersionStatus.INGESTEMD : VersionStatus.NIET_INGESTEMD);
        var summary = round.toSummary();
        if (outcome.isConsent()) {
            events.publishEvent(new ConsentGiven(round.id(), round.codeId(), round.versionId(), round.sha256(),
                    decisionDate));
        } else {
            events.publishEvent(new ConsentRefused(round.id(), round.codeId(), round.versionId(), outcome,
                    String.valueOf(reasons), decisionDate));
        }
        var outcomeText = dutch(outcome.labelKey());
        var recipients = new java.util.LinkedHashSet<Long>();
        var submitter = summary.submittedBy();
        voters(round.votingGeleding()).forEach(member -> recipients.add(member.id()));
        staff.activeStaff().stream().filter(member -> member.roles().contains(Role.SCHOOLLEIDING))
                .forEach(member -> recipients.add(member.id()));
        for (var personId : recipients) {
            notifications.notify(personId, dutch("consent.notify.decided.subject", round.codeTitle(), round.versionNumber()),
                    dutch("consent.notify.decided.body", outcomeText, dutchDate(decisionDate), submitter)
                            + (reasons == null ? "" : "\n\n" + dutch("consent.notify.decided.reasons", reasons)),
                    ROUTE + round.id(), MAIL_READERS);
        }
        return summary;
    }

    // ---- the schoolleiding follows up ----

    @PreAuthorize("hasRole('SCHOOLLEIDING')")
    @Transactional
    public RoundSummary adopt(long roundId, @Nullable LocalDate effectiveDate, @Nullable LocalDate reviewDate) {
        var round = load(roundId);
        if (round.status() != RoundStatus.GESLOTEN || round.outcome() != Outcome.INSTEMMING) {
            throw new InvalidInput("round", "consent.error.no-consent");
        }
        var problems = new ArrayList<Problem>();
        if (effectiveDate == null) {
            problems.add(new Problem("effectiveDate", "consent.error.effective-missing"));
        } else if (effectiveDate.isBefore(today())) {
            problems.add(new Problem("effectiveDate", "consent.error.effective-past"));
        }
        if (reviewDate == null) {
            problems.add(new Problem("reviewDate", "consent.error.review-missing"));
        } else if (effectiveDate != null && !reviewDate.isAfter(effectiveDate)) {
            problems.add(new Problem("reviewDate", "consent.error.review-before-effective"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        codeTexts.transition(round.versionId(), VersionStatus.VASTGESTELD);
        round.adopt(java.util.Objects.requireNonNull(effectiveDate), java.util.Objects.requireNonNull(reviewDate),
                clock.instant());
        return rounds.saveAndFlush(round).toSummary();
    }

    /** Withdraws the proposal: an open round, a consented version not yet adopted, or a refused one. */
    @PreAuthorize("hasRole('SCHOOLLEIDING')")
    @Transactional
    public RoundSummary withdraw(long roundId) {
        var round = load(roundId);
        boolean allowed = round.status() == RoundStatus.OPEN
                || (round.status() == RoundStatus.GESLOTEN && round.followUp() != FollowUp.GEWIJZIGD);
        if (!allowed) {
            throw new InvalidInput("round", "consent.error.cannot-withdraw");
        }
        codeTexts.transition(round.versionId(), VersionStatus.INGETROKKEN);
        round.withdraw(clock.instant());
        return rounds.saveAndFlush(round).toSummary();
    }

    /**
     * After a refusal: starts a new concept from the refused version, with the MR's reasons in its
     * message, so the editor shows what to change. The refused version stays refused.
     */
    @PreAuthorize("hasRole('SCHOOLLEIDING')")
    @Transactional
    public VersionDetail amend(long roundId) {
        var round = refused(roundId);
        var summary = round.toSummary();
        var version = codeTexts.version(round.versionId());
        var message = dutch("consent.amend.message", dutchDate(java.util.Objects.requireNonNull(summary.decisionDate())),
                summary.decisionReasons());
        if (message.length() > CodeTexts.MAX_MESSAGE_LENGTH) {
            message = message.substring(0, CodeTexts.MAX_MESSAGE_LENGTH - 1) + "…";
        }
        var draft = codeTexts.startDraft(round.versionId(), version.markdown(), message,
                dutch("consent.amend.source", round.versionNumber()));
        round.followUp(FollowUp.GEWIJZIGD, null, clock.instant());
        rounds.saveAndFlush(round);
        return draft;
    }

    /** After a refusal: records that the dispute went to the Landelijke Commissie voor Geschillen WMS. */
    @PreAuthorize("hasRole('SCHOOLLEIDING')")
    @Transactional
    public RoundSummary recordDispute(long roundId, String note) {
        var round = refused(roundId);
        var problems = new ArrayList<Problem>();
        checkText(problems, "note", note, "consent.error.dispute-note-missing");
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        round.followUp(FollowUp.GESCHIL_LCG, note.strip(), clock.instant());
        return rounds.saveAndFlush(round).toSummary();
    }

    // ---- deadlines ----

    /**
     * Reminds members who have not voted 7 days and 1 day before the deadline, and closes rounds
     * whose deadline has passed with the outcome the votes give. Run daily by the scheduler.
     *
     * @return the number of rounds closed
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public int remindAndCloseOverdue(LocalDate today) {
        int closed = 0;
        for (var roundId : rounds.idsWithStatus(RoundStatus.OPEN)) {
            // locked like a close by the voorzitter, and read after the lock: it may have closed meanwhile
            var round = locked(roundId);
            if (round.status() != RoundStatus.OPEN) {
                continue;
            }
            long daysLeft = ChronoUnit.DAYS.between(today, round.deadline());
            if (daysLeft < 0) {
                var outcome = OutcomeRules.decide(tally(round), round.quorumPercent(), round.majorityRule());
                closeWith(round, outcome, dutch("consent.auto-close.by"), round.deadline(), outcome.isConsent() ? null
                        : dutch("consent.auto-close.reasons", dutch(outcome.labelKey())));
                closed++;
            } else if (daysLeft <= 1 && !round.remindedDay()) {
                remind(round, daysLeft);
                round.remindedDay(true);
                round.remindedWeek(true);
            } else if (daysLeft <= 7 && !round.remindedWeek()) {
                remind(round, daysLeft);
                round.remindedWeek(true);
            }
        }
        return closed;
    }

    private void remind(ConsentRound round, long daysLeft) {
        var voted = new java.util.HashSet<Long>();
        votes.forRound(round.id()).forEach(vote -> voted.add(vote.personId()));
        for (var member : voters(round.votingGeleding())) {
            if (!voted.contains(member.id())) {
                notifications.notify(member.id(), dutch("consent.notify.reminder.subject", round.codeTitle(),
                        round.versionNumber()), dutch("consent.notify.reminder.body", dutchDate(round.deadline()),
                        daysLeft), ROUTE + round.id(), MAIL_READERS);
            }
        }
    }

    // ---- the instemmingsbesluit ----

    /** The MR's decision as a PDF: proposal, votes per member, outcome, reasons, dates and the text's SHA-256. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public byte[] decisionPdf(long roundId, Locale locale) {
        var round = load(roundId);
        var summary = round.toSummary();
        var version = codeTexts.version(round.versionId());
        var tally = tally(round);
        var outcome = summary.outcome() != null ? summary.outcome()
                : OutcomeRules.decide(tally, round.quorumPercent(), round.majorityRule());
        var title = text(locale, "consent.pdf.title");
        var builder = PdfDocument.titled(title)
                .field(text(locale, "consent.pdf.school"), settings.schoolName())
                .field(text(locale, "consent.pdf.code"), summary.codeTitle() + " · "
                        + text(locale, "consent.version", summary.versionNumber()))
                .field(text(locale, "consent.pdf.submitted"), date(summary.submittedAt(), locale) + " · "
                        + summary.submittedBy())
                .field(text(locale, "consent.deadline"), date(summary.deadline(), locale))
                .field(text(locale, "consent.geleding"), text(locale, summary.votingGeleding().labelKey()))
                .field(text(locale, "consent.pdf.status"), text(locale, summary.status().labelKey()))
                .field(text(locale, "consent.outcome"), text(locale, outcome.labelKey())
                        + (summary.status() == RoundStatus.OPEN ? " (" + text(locale, "consent.provisional") + ")" : ""));
        if (summary.decisionDate() != null) {
            builder.field(text(locale, "consent.decision-date"), date(summary.decisionDate(), locale) + " · "
                    + summary.closedBy());
        }
        if (summary.effectiveDate() != null && summary.reviewDate() != null) {
            builder.field(text(locale, "consent.effective-date"), date(summary.effectiveDate(), locale))
                    .field(text(locale, "consent.review-date"), date(summary.reviewDate(), locale));
        }
        builder.field("SHA-256", summary.sha256());
        var html = new StringBuilder();
        html.append("<h2>").append(esc(text(locale, "consent.toelichting"))).append("</h2>");
        paragraphs(html, summary.toelichting());
        html.append("<h2>").append(esc(text(locale, "consent.votes"))).append("</h2>");
        html.append("<p>").append(esc(text(locale, "consent.tally", tally.instemmen(), tally.nietInstemmen(),
                tally.onthouden(), tally.cast(), tally.eligible(), summary.quorumPercent()))).append("</p>");
        if (round.votesByName()) {
            html.append("<table><thead><tr><th>").append(esc(text(locale, "consent.pdf.member"))).append("</th><th>")
                    .append(esc(text(locale, "consent.vote"))).append("</th><th>")
                    .append(esc(text(locale, "consent.motivation"))).append("</th></tr></thead><tbody>");
            for (var line : voteLines(round)) {
                html.append("<tr><td>").append(esc(line.name())).append("</td><td>")
                        .append(esc(line.choice() == null ? text(locale, "consent.not-voted")
                                : text(locale, line.choice().labelKey())))
                        .append("</td><td>").append(esc(line.motivation() == null ? "" : line.motivation()))
                        .append("</td></tr>");
            }
            html.append("</tbody></table>");
        } else {
            // the reglement keeps individual votes out of the formal decision: counts only
            html.append("<p>").append(esc(text(locale, "consent.pdf.counts-only"))).append("</p>");
        }
        if (summary.decisionReasons() != null) {
            html.append("<h2>").append(esc(text(locale, "consent.reasons"))).append("</h2>");
            paragraphs(html, summary.decisionReasons());
        }
        if (summary.followUp() != null) {
            html.append("<h2>").append(esc(text(locale, "consent.follow-up"))).append("</h2><p>")
                    .append(esc(text(locale, summary.followUp().labelKey())))
                    .append(summary.followUpNote() == null ? "" : ": " + esc(summary.followUpNote())).append("</p>");
        }
        html.append("<hr><h2>").append(esc(text(locale, "consent.pdf.text"))).append("</h2>");
        html.append(markdown.toHtml(version.markdown()));
        return pdfs.render(builder.bodyHtml(html.toString())
                .footer(settings.schoolName() + " · " + title + " · " + summary.codeTitle() + " v"
                        + summary.versionNumber())
                .locale(locale).build());
    }

    // ---- helpers ----

    private ConsentRound load(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new InvalidInput("round", "consent.error.not-found"));
    }

    /** The round, its row locked until the transaction ends: votes and the close of one round happen one at a time. */
    private ConsentRound locked(long roundId) {
        return rounds.locked(roundId).orElseThrow(() -> new InvalidInput("round", "consent.error.not-found"));
    }

    private ConsentRound refused(long roundId) {
        var round = load(roundId);
        if (round.status() != RoundStatus.GESLOTEN || round.outcome() == null || round.outcome().isConsent()
                || round.followUp() == FollowUp.GEWIJZIGD) {
            throw new InvalidInput("round", "consent.error.not-refused");
        }
        return round;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SchoolTime.ZONE));
    }

    private static boolean isMr(StaffMember member) {
        return member.roles().contains(Role.MR_LID) || member.roles().contains(Role.MR_VOORZITTER);
    }

    private List<StaffMember> voters(VotingGeleding geleding) {
        return staff.mrMembers().stream().filter(member -> OutcomeRules.votesIn(geleding, member.geleding()))
                .filter(member -> !member.roles().contains(Role.SCHOOLLEIDING)).toList();
    }

    private Tally tally(ConsentRound round) {
        var seats = voters(round.votingGeleding()).stream()
                .map(member -> new OutcomeRules.Seat(member.id(), member.geleding())).toList();
        var cast = new HashMap<Long, VoteChoice>();
        votes.forRound(round.id()).forEach(vote -> cast.put(vote.personId(), vote.choice()));
        return OutcomeRules.tally(round.votingGeleding(), seats, cast);
    }

    private List<VoteLine> voteLines(ConsentRound round) {
        var cast = new HashMap<Long, ConsentVote>();
        votes.forRound(round.id()).forEach(vote -> cast.put(vote.personId(), vote));
        var lines = new ArrayList<VoteLine>();
        for (var member : voters(round.votingGeleding())) {
            var vote = cast.remove(member.id());
            lines.add(new VoteLine(member.id(), member.fullName(), member.geleding(),
                    vote == null ? null : vote.choice(), vote == null ? null : vote.motivation(),
                    vote == null ? null : vote.castAt()));
        }
        // votes of people who have since left the geleding stay on the record, but do not count
        for (var vote : cast.values()) {
            lines.add(new VoteLine(vote.personId(), vote.personName(), null, vote.choice(), vote.motivation(),
                    vote.castAt()));
        }
        lines.sort(Comparator.comparing(VoteLine::name));
        return lines;
    }

    static List<String> sections(String markdown) {
        return markdown.lines().filter(line -> line.matches("^#{1,3}\\s+.*"))
                .map(line -> line.replaceFirst("^#{1,3}\\s+", "").strip()).filter(line -> !line.isEmpty()).toList();
    }

    private static void checkText(List<Problem> problems, String field, @Nullable String value, String missingKey) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, missingKey));
        } else if (value.strip().length() > MAX_TEXT) {
            problems.add(new Problem(field, "consent.error.too-long", MAX_TEXT));
        }
    }

    /**
     * Texts that are stored or sent once and read by several people (notifications, mails, records
     * on a version) are written in the school's language, Dutch, from the bundles.
     */
    private String dutch(String key, Object... args) {
        return translations.getTranslation(key, Translations.DUTCH, args);
    }

    private String text(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    private static String dutchDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Translations.DUTCH).format(date);
    }

    private static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    private static String date(java.time.Instant instant, Locale locale) {
        return date(LocalDate.ofInstant(instant, SchoolTime.ZONE), locale);
    }

    private static String esc(String text) {
        return HtmlUtils.escape(text);
    }

    private static void paragraphs(StringBuilder html, String text) {
        for (var paragraph : text.split("\\n\\s*\\n")) {
            html.append("<p>").append(esc(paragraph.strip()).replace("\n", "<br>")).append("</p>");
        }
    }
}
