package nl.codewijzer.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Objects;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.InvalidInput.Problem;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionStatus;
import nl.codewijzer.consent.internal.ConsentRound;
import nl.codewijzer.consent.internal.ConsentRoundRepository;
import nl.codewijzer.notification.Notifications;
import nl.codewijzer.school.SchoolSettings;
import nl.codewijzer.school.VotingGeleding;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The schoolleiding puts a concept version to the MR, or takes the proposal back. */
@Service
@PreAuthorize(Role.Require.SCHOOLLEIDING)
public class ConsentSubmission {

    private final ConsentRoundRepository rounds;
    private final CodeTexts codeTexts;
    private final SchoolSettings settings;
    private final Notifications notifications;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final RoundRecords records;

    ConsentSubmission(ConsentRoundRepository rounds, CodeTexts codeTexts, SchoolSettings settings,
            Notifications notifications, CurrentUser currentUser, Clock clock, RoundRecords records) {
        this.rounds = rounds;
        this.codeTexts = codeTexts;
        this.settings = settings;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
        this.records = records;
    }

    /** Opens a round on a concept version: the version freezes and the voting members are told. */
    @Transactional
    public RoundSummary submit(long versionId, String toelichting, @Nullable LocalDate deadline,
            @Nullable VotingGeleding geleding) {
        var version = codeTexts.version(versionId);
        var problems = new ArrayList<Problem>();
        if (version.status() != VersionStatus.CONCEPT) {
            problems.add(new Problem("version", "consent.error.not-concept", version.number()));
        }
        RoundRecords.checkText(problems, "toelichting", toelichting, "consent.error.toelichting-missing");
        if (deadline == null) {
            problems.add(new Problem("deadline", "consent.error.deadline-missing"));
        } else if (!deadline.isAfter(records.today())) {
            problems.add(new Problem("deadline", "consent.error.deadline-past"));
        }
        if (geleding == null) {
            problems.add(new Problem("geleding", "consent.error.geleding-missing"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var voting = Objects.requireNonNull(geleding);
        var user = currentUser.require();
        var reglement = settings.current();
        codeTexts.transition(versionId, VersionStatus.TER_INSTEMMING);
        var proposal = new ConsentRound(version.summary().codeId(), versionId, version.number(),
                version.codeTitle(), version.summary().sha256(), user.personId(), user.fullName(), clock.instant(),
                toelichting.strip(), Objects.requireNonNull(deadline), voting, reglement.quorumPercent(),
                reglement.majorityRule(), reglement.votesByName());
        // the MR compares with the code in force now; kept, because adopting this version replaces it
        proposal.compareWith(codeTexts.active(version.summary().codeId()).map(active -> active.number())
                .filter(number -> number != version.number()).orElse(null));
        var round = rounds.saveAndFlush(proposal);
        for (var member : records.voters(voting)) {
            notifications.notify(member.id(),
                    records.dutch("consent.notify.submitted.subject", version.codeTitle(), version.number()),
                    records.dutch("consent.notify.submitted.body", user.fullName(), version.number(),
                            version.codeTitle(), RoundRecords.dutchDate(round.deadline()), toelichting.strip()),
                    ConsentRounds.ROUTE + round.id(), ConsentRounds.MAIL_READERS);
        }
        return round.toSummary();
    }

    /** Withdraws the proposal: an open round, a consented version not yet adopted, or a refused one. */
    @Transactional
    public RoundSummary withdraw(long roundId) {
        var round = records.load(roundId);
        boolean allowed = round.status() == RoundStatus.OPEN
                || (round.status() == RoundStatus.GESLOTEN && round.followUp() != FollowUp.GEWIJZIGD);
        if (!allowed) {
            throw new InvalidInput("round", "consent.error.cannot-withdraw");
        }
        codeTexts.transition(round.versionId(), VersionStatus.INGETROKKEN);
        round.withdraw(clock.instant());
        return rounds.saveAndFlush(round).toSummary();
    }
}
