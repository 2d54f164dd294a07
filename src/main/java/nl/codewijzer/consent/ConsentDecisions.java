package nl.codewijzer.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.InvalidInput.Problem;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionStatus;
import nl.codewijzer.consent.internal.ConsentRound;
import nl.codewijzer.consent.internal.ConsentRoundRepository;
import nl.codewijzer.consent.internal.ConsentVoteRepository;
import nl.codewijzer.notification.Notifications;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.StaffDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a round ends: the voorzitter records the MR's decision, or the deadline passes and the votes
 * decide. Also the reminders before the deadline. Everyone concerned is told the outcome.
 */
@Service
@PreAuthorize(Role.Require.SIGNED_IN)
public class ConsentDecisions {

    private final ConsentRoundRepository rounds;
    private final ConsentVoteRepository votes;
    private final CodeTexts codeTexts;
    private final StaffDirectory staff;
    private final Notifications notifications;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RoundRecords records;

    ConsentDecisions(ConsentRoundRepository rounds, ConsentVoteRepository votes, CodeTexts codeTexts,
            StaffDirectory staff, Notifications notifications, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, RoundRecords records) {
        this.rounds = rounds;
        this.votes = votes;
        this.codeTexts = codeTexts;
        this.staff = staff;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.records = records;
    }

    /** The voorzitter records the MR's decision; the outcome follows from the votes and the reglement. */
    @PreAuthorize(Role.Require.MR_VOORZITTER)
    @Transactional
    public RoundSummary close(long roundId, @Nullable LocalDate decisionDate, @Nullable String reasons) {
        // locked: a vote on its way either committed before this count or waits and is then refused
        var round = records.locked(roundId);
        if (round.status() != RoundStatus.OPEN) {
            throw new InvalidInput("decisionDate", "consent.error.closed");
        }
        var outcome = OutcomeRules.decide(records.tally(round), round.quorumPercent(), round.majorityRule());
        var problems = new ArrayList<Problem>();
        if (decisionDate == null) {
            problems.add(new Problem("decisionDate", "consent.error.decision-date-missing"));
        } else if (decisionDate.isAfter(records.today())) {
            problems.add(new Problem("decisionDate", "consent.error.decision-date-future"));
        } else if (decisionDate.isBefore(LocalDate.ofInstant(round.submittedAt(), SchoolTime.ZONE))) {
            problems.add(new Problem("decisionDate", "consent.error.decision-date-before-submit"));
        }
        var why = reasons == null || reasons.isBlank() ? null : reasons.strip();
        if (!outcome.isConsent() && why == null) {
            problems.add(new Problem("reasons", "consent.error.reasons-missing"));
        }
        if (why != null && why.length() > ConsentRounds.MAX_TEXT) {
            problems.add(new Problem("reasons", "consent.error.too-long", ConsentRounds.MAX_TEXT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return closeWith(round, outcome, currentUser.require().fullName(), Objects.requireNonNull(decisionDate), why);
    }

    /**
     * Reminds members who have not voted 7 days and 1 day before the deadline, and closes rounds
     * whose deadline has passed with the outcome the votes give. Run daily by the scheduler.
     *
     * @return the number of rounds closed
     */
    @PreAuthorize(Role.Require.SYSTEM)
    @Transactional
    public int remindAndCloseOverdue(LocalDate today) {
        int closed = 0;
        for (var roundId : rounds.idsWithStatus(RoundStatus.OPEN)) {
            // locked like a close by the voorzitter, and read after the lock: it may have closed meanwhile
            var round = records.locked(roundId);
            if (round.status() != RoundStatus.OPEN) {
                continue;
            }
            long daysLeft = ChronoUnit.DAYS.between(today, round.deadline());
            if (daysLeft < 0) {
                var outcome = OutcomeRules.decide(records.tally(round), round.quorumPercent(), round.majorityRule());
                closeWith(round, outcome, records.dutch("consent.auto-close.by"), round.deadline(),
                        outcome.isConsent() ? null
                                : records.dutch("consent.auto-close.reasons", records.dutch(outcome.labelKey())));
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

    private RoundSummary closeWith(ConsentRound round, Outcome outcome, String by, LocalDate decisionDate,
            @Nullable String reasons) {
        round.close(outcome, records.tally(round).eligible(), clock.instant(), by, decisionDate, reasons);
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
        var outcomeText = records.dutch(outcome.labelKey());
        var recipients = new LinkedHashSet<Long>();
        var submitter = summary.submittedBy();
        records.voters(round.votingGeleding()).forEach(member -> recipients.add(member.id()));
        staff.activeStaff().stream().filter(member -> member.roles().contains(Role.SCHOOLLEIDING))
                .forEach(member -> recipients.add(member.id()));
        for (var personId : recipients) {
            notifications.notify(personId,
                    records.dutch("consent.notify.decided.subject", round.codeTitle(), round.versionNumber()),
                    records.dutch("consent.notify.decided.body", outcomeText, RoundRecords.dutchDate(decisionDate),
                            submitter)
                            + (reasons == null ? "" : "\n\n" + records.dutch("consent.notify.decided.reasons", reasons)),
                    ConsentRounds.ROUTE + round.id(), ConsentRounds.MAIL_READERS);
        }
        return summary;
    }

    private void remind(ConsentRound round, long daysLeft) {
        var voted = new HashSet<Long>();
        votes.forRound(round.id()).forEach(vote -> voted.add(vote.personId()));
        for (var member : records.voters(round.votingGeleding())) {
            if (!voted.contains(member.id())) {
                notifications.notify(member.id(),
                        records.dutch("consent.notify.reminder.subject", round.codeTitle(), round.versionNumber()),
                        records.dutch("consent.notify.reminder.body", RoundRecords.dutchDate(round.deadline()),
                                daysLeft),
                        ConsentRounds.ROUTE + round.id(), ConsentRounds.MAIL_READERS);
            }
        }
    }
}
