package nl.codewijzer.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Objects;
import java.util.Set;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.InvalidInput.Problem;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionDetail;
import nl.codewijzer.codetext.VersionStatus;
import nl.codewijzer.consent.internal.ConsentRoundRepository;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.StaffFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the schoolleiding does after the MR decided: adopt a consented version, or after a refusal
 * amend it into a new concept or record that the dispute went to the LCG WMS.
 */
@Service
@PreAuthorize(Role.Require.SCHOOLLEIDING)
public class ConsentFollowUps {

    private final ConsentRoundRepository rounds;
    private final CodeTexts codeTexts;
    private final Clock clock;
    private final RoundRecords records;
    private final ApplicationEventPublisher events;

    ConsentFollowUps(ConsentRoundRepository rounds, CodeTexts codeTexts, Clock clock, RoundRecords records,
            ApplicationEventPublisher events) {
        this.events = events;
        this.rounds = rounds;
        this.codeTexts = codeTexts;
        this.clock = clock;
        this.records = records;
    }

    /** Adopts a consented version from the effective date, with the date it is reviewed again; all staff sign it. */
    @Transactional
    public RoundSummary adopt(long roundId, @Nullable LocalDate effectiveDate, @Nullable LocalDate reviewDate) {
        return adopt(roundId, effectiveDate, reviewDate, Set.of());
    }

    /**
     * Adopts a consented version from the effective date, with the date it is reviewed again, and
     * who must sign it: the staff with one of these functions, or all staff when none is chosen. The
     * choice goes out as {@link AdoptionTerms} before the version becomes the active one, in this
     * transaction, so signing holds it before anyone is asked.
     */
    @Transactional
    public RoundSummary adopt(long roundId, @Nullable LocalDate effectiveDate, @Nullable LocalDate reviewDate,
            Set<StaffFunction> audience) {
        return adopt(roundId, effectiveDate, reviewDate, audience, null);
    }

    /**
     * As {@link #adopt(long, LocalDate, LocalDate, Set)}, and, with a {@code redactionalReason}, as a
     * redactional change: whoever signed the version it replaces is not asked to sign again, their
     * signature still counts for the reason given (required, printed in the register and the consent
     * record). Null: everyone signs again, the default. Only a version that replaces an adopted one
     * can be a redactional change.
     */
    @Transactional
    public RoundSummary adopt(long roundId, @Nullable LocalDate effectiveDate, @Nullable LocalDate reviewDate,
            Set<StaffFunction> audience, @Nullable String redactionalReason) {
        var round = records.load(roundId);
        if (round.status() != RoundStatus.GESLOTEN || round.outcome() != Outcome.INSTEMMING) {
            throw new InvalidInput("round", "consent.error.no-consent");
        }
        var problems = new ArrayList<Problem>();
        if (effectiveDate == null) {
            problems.add(new Problem("effectiveDate", "consent.error.effective-missing"));
        } else if (effectiveDate.isBefore(records.today())) {
            problems.add(new Problem("effectiveDate", "consent.error.effective-past"));
        }
        if (reviewDate == null) {
            problems.add(new Problem("reviewDate", "consent.error.review-missing"));
        } else if (effectiveDate != null && !reviewDate.isAfter(effectiveDate)) {
            problems.add(new Problem("reviewDate", "consent.error.review-before-effective"));
        }
        AdoptionTerms.Redactional redactional = null;
        if (redactionalReason != null) {
            var replaced = codeTexts.active(round.codeId());
            if (replaced.isEmpty()) {
                problems.add(new Problem("redactional", "consent.error.redactional-nothing-replaced"));
            } else {
                RoundRecords.checkText(problems, "redactionalReason", redactionalReason,
                        "consent.error.redactional-reason-missing");
                redactional = new AdoptionTerms.Redactional(replaced.get().id(), redactionalReason.strip());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        events.publishEvent(new AdoptionTerms(round.id(), round.versionId(), audience, redactional));
        codeTexts.transition(round.versionId(), VersionStatus.VASTGESTELD);
        round.adopt(Objects.requireNonNull(effectiveDate), Objects.requireNonNull(reviewDate), clock.instant(),
                redactional == null ? null : redactional.reason());
        return rounds.saveAndFlush(round).toSummary();
    }

    /**
     * After a refusal: starts a new concept from the refused version, with the MR's reasons in its
     * message, so the editor shows what to change. The refused version stays refused.
     */
    @Transactional
    public VersionDetail amend(long roundId) {
        var round = records.refused(roundId);
        var summary = round.toSummary();
        var version = codeTexts.version(round.versionId());
        var message = records.dutch("consent.amend.message",
                RoundRecords.dutchDate(Objects.requireNonNull(summary.decisionDate())),
                Objects.requireNonNullElse(summary.decisionReasons(), ""));
        if (message.length() > CodeTexts.MAX_MESSAGE_LENGTH) {
            message = message.substring(0, CodeTexts.MAX_MESSAGE_LENGTH - 1) + "…";
        }
        var draft = codeTexts.startDraft(round.versionId(), version.markdown(), message,
                records.dutch("consent.amend.source", round.versionNumber()));
        round.followUp(FollowUp.GEWIJZIGD, null, clock.instant());
        rounds.saveAndFlush(round);
        return draft;
    }

    /** After a refusal: records that the dispute went to the Landelijke Commissie voor Geschillen WMS. */
    @Transactional
    public RoundSummary recordDispute(long roundId, String note) {
        var round = records.refused(roundId);
        var problems = new ArrayList<Problem>();
        RoundRecords.checkText(problems, "note", note, "consent.error.dispute-note-missing");
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        round.followUp(FollowUp.GESCHIL_LCG, note.strip(), clock.instant());
        return rounds.saveAndFlush(round).toSummary();
    }
}
