package nl.codewijzer.teamday;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.codewijzer.base.DateTexts;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.Translations;
import nl.codewijzer.base.UniqueKeyRetry;
import nl.codewijzer.codetext.CodeTemplates;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionConflict;
import nl.codewijzer.codetext.VersionDetail;
import nl.codewijzer.security.Role;
import nl.codewijzer.teamday.MeetingChange.What;
import nl.codewijzer.teamday.internal.ChecklistAgenda;
import nl.codewijzer.teamday.internal.DecisionsIntoText;
import nl.codewijzer.teamday.internal.Meeting;
import nl.codewijzer.teamday.internal.MeetingRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** A closed meeting's decisions written into a new concept version of its code ("Maak concept"). */
@Service
@PreAuthorize(Role.Require.SIGNED_IN)
public class MeetingDrafts {

    private final MeetingRepository meetings;
    private final CodeTexts codeTexts;
    private final CodeTemplates templates;
    private final Translations translations;
    private final ApplicationEventPublisher events;
    private final MinutesAssembly minutes;
    private final MeetingState state;
    private final UniqueKeyRetry retry;

    MeetingDrafts(MeetingRepository meetings, CodeTexts codeTexts, CodeTemplates templates, Translations translations,
            ApplicationEventPublisher events, MinutesAssembly minutes, MeetingState state, UniqueKeyRetry retry) {
        this.meetings = meetings;
        this.codeTexts = codeTexts;
        this.templates = templates;
        this.translations = translations;
        this.events = events;
        this.minutes = minutes;
        this.state = state;
        this.retry = retry;
    }

    /** Whether the caller may turn a closed meeting's decisions into a draft. */
    public boolean canMakeDraft() {
        return codeTexts.canEdit();
    }

    /**
     * Writes a closed meeting's decisions into a new concept version of its code: on top of the
     * current concept if there is one, else of the adopted version, else of the template. The
     * version's message and source name the meeting. Items that were not decided are returned, so
     * the coördinator sees them; a meeting makes at most one draft.
     *
     * <p>If someone saves the next version of the code at the same moment, the whole attempt is
     * rolled back and made once more on top of their version, so both texts are kept.
     */
    @PreAuthorize(Role.Require.CODE_EDITOR)
    public DraftFromMeeting makeDraft(long meetingId) {
        return makeDraft(meetingId, Set.of());
    }

    /**
     * As {@link #makeDraft(long)}, but at the places in {@code keep} (from {@link #replacements}) the
     * text that is there stays and the decision is added after it, instead of replacing it.
     */
    @PreAuthorize(Role.Require.CODE_EDITOR)
    public DraftFromMeeting makeDraft(long meetingId, Set<String> keep) {
        return retry.run(() -> draft(meetingId, keep));
    }

    /**
     * The places where "Maak concept" would replace text the code has now, with that text: asked
     * before the draft is made, so agreed text is never dropped without the facilitator choosing so.
     */
    @PreAuthorize(Role.Require.CODE_EDITOR)
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public List<DecisionsIntoText.Replacement> replacements(long meetingId) {
        var meeting = state.load(meetingId);
        return DecisionsIntoText.replaced(baseOf(meeting).text(), minutes.of(meeting).items());
    }

    /** The version a draft builds on (none: the template) and its text. */
    private record Base(@Nullable VersionDetail version, String text) {
    }

    /** The current concept if there is one, else the adopted version, else the checklist template. */
    private Base baseOf(Meeting meeting) {
        var code = codeTexts.code(meeting.codeId());
        VersionDetail base = null;
        if (code.latestDraft() != null) {
            base = codeTexts.version(Objects.requireNonNull(code.latestDraft()).id());
        } else if (code.active() != null) {
            base = codeTexts.version(Objects.requireNonNull(code.active()).id());
        }
        var text = base != null ? base.markdown() : templates.find(ChecklistAgenda.TEMPLATE_ID)
                .orElseThrow(() -> new InvalidInput("meeting", "teamday.error.no-base-text")).markdown();
        return new Base(base, text);
    }

    private DraftFromMeeting draft(long meetingId, Set<String> keep) {
        var meeting = state.locked(meetingId);
        if (meeting.status() != MeetingStatus.AFGESLOTEN) {
            throw new InvalidInput("meeting", "teamday.error.draft-not-closed");
        }
        if (meeting.draftVersionNumber() != null) {
            throw new InvalidInput("meeting", "teamday.error.draft-exists", meeting.draftVersionNumber());
        }
        var decided = minutes.of(meeting);
        var chosen = baseOf(meeting);
        var base = chosen.version();
        var merged = DecisionsIntoText.merge(chosen.text(), decided.items(), keep);
        if (merged.written().isEmpty()) {
            throw new InvalidInput("meeting", "teamday.error.nothing-decided");
        }
        var day = dutchDate(meeting.heldOn());
        var message = dutch("teamday.draft.message", day);
        var source = cut(dutch("teamday.draft.source", day, meeting.title()), CodeTexts.MAX_SOURCE_LENGTH);
        VersionDetail draft;
        try {
            if (base != null && base.status().isEditable()) {
                draft = codeTexts.save(base.id(), merged.markdown(), message, source);
            } else {
                var from = base != null ? base.id() : codeTexts.history(meeting.codeId()).getFirst().id();
                draft = codeTexts.startDraft(from, merged.markdown(), message, source);
            }
        } catch (VersionConflict conflict) {
            throw new InvalidInput("meeting", "teamday.error.draft-conflict");
        }
        meeting.draftMade(draft.id(), draft.number());
        meetings.saveAndFlush(meeting);
        events.publishEvent(new DraftCreatedFromMeeting(meetingId, meeting.codeId(), draft.id(), draft.number(),
                draft.summary().sha256()));
        state.changed(meetingId, What.FLOW);
        return new DraftFromMeeting(meeting.codeId(), draft.id(), draft.number(), draft.summary().parentNumber(),
                merged.written(), merged.undecided());
    }

    private String dutch(String key, Object... args) {
        return translations.getTranslation(key, Translations.DUTCH, args);
    }

    private static String dutchDate(LocalDate date) {
        return DateTexts.date(date, Translations.DUTCH);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
