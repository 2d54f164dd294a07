package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.teamday.MeetingAsync;
import nl.codewijzer.teamday.MeetingAsync.Window;
import nl.codewijzer.teamday.MeetingPolls;
import nl.codewijzer.teamday.PollState;
import nl.codewijzer.teamday.TeamDayRoutes;
import org.jspecify.annotations.Nullable;

/**
 * Taking part without being there, on the console (issue 15, decision 0051): the facilitator sets the
 * period in which staff who missed the session may still vote on its closed polls, moves it, or closes
 * it early. The warning says what decision 0009 costs: an anonymous poll can only take asynchronous
 * votes if the period was set before it closed, because closing deletes its key otherwise.
 */
final class AsyncPanel extends Section {

    final Paragraph status = new Paragraph();
    final DateTimePicker startsAt = new DateTimePicker();
    final DateTimePicker endsAt = new DateTimePicker();
    final Button open = new Button();
    final Button close = new Button();
    final Anchor link = new Anchor();
    /** The open questions with asynchronous answers waiting for release (decision 0051). */
    final Div held = new Div();
    /**
     * How many asynchronous answers came in while the console was open, for the top of the console: the
     * list of held answers is at its foot, below the agenda. A click goes to the list and clears the count.
     */
    final Button arrived = new Button();
    private final MeetingAsync async;
    private final MeetingPolls polls;
    private final LongSupplier meetingId;
    private final Consumer<Runnable> act;
    private final Clock clock;
    private final FieldErrors errors = new FieldErrors();
    /** The window the pickers were last filled from, so a redraw never overwrites what is being chosen. */
    private @Nullable Optional<Window> shown;
    /** The meeting whose held answers {@link #heldSeen} counts. */
    private long heldMeeting;
    /** The held answers the facilitator has seen: as many as there were when the console opened, or at the last click on {@link #arrived}. */
    private int heldSeen = -1;

    /** @param act runs an action as the console's own and shows its outcome */
    AsyncPanel(MeetingAsync async, MeetingPolls polls, LongSupplier meetingId, Consumer<Runnable> act, Clock clock) {
        this.async = async;
        this.polls = polls;
        this.meetingId = meetingId;
        this.act = act;
        this.clock = clock;
        setId("async-section");
        addClassName("console-async");
        var warning = new Paragraph(getTranslation("teamday.async.warning"));
        warning.setId("async-warning");
        warning.addClassName("async-warning");
        status.setId("async-status");
        startsAt.setLabel(getTranslation("teamday.async.starts"));
        startsAt.setId("async-starts");
        startsAt.setStep(Duration.ofMinutes(15));
        endsAt.setLabel(getTranslation("teamday.async.ends"));
        endsAt.setId("async-ends");
        endsAt.setStep(Duration.ofMinutes(15));
        errors.bind("startsAt", startsAt).bind("endsAt", endsAt);
        open.setId("async-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(click -> openWindow());
        close.setText(getTranslation("teamday.async.close"));
        close.setId("async-close");
        close.addClickListener(click -> act.accept(() -> {
            async.closeWindow(meetingId.getAsLong());
            FieldErrors.saved(this, "teamday.async.closed");
        }));
        link.setText(getTranslation("teamday.async.link"));
        link.setId("async-link");
        link.setTarget(AnchorTarget.BLANK);
        var fields = new Div(startsAt, endsAt);
        fields.addClassName("async-fields");
        var buttons = new Div(open, close, link);
        buttons.addClassName("toolbar");
        held.setId("async-held");
        held.addClassName("async-held");
        arrived.setId("async-held-arrived");
        arrived.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        arrived.setVisible(false);
        arrived.addClickListener(click -> {
            heldSeen = -1;
            show();
            held.scrollIntoView();
        });
        add(new H2(getTranslation("teamday.async.title")), new Paragraph(getTranslation("teamday.async.intro")),
                warning, status, FacilitatorKeys.keepTyping(fields), buttons, held);
    }

    void show() {
        long id = meetingId.getAsLong();
        var window = async.window(id);
        link.setHref(TeamDayRoutes.async(id));
        if (!window.equals(shown)) {
            shown = window;
            var now = LocalDateTime.now(clock.withZone(SchoolTime.ZONE)).truncatedTo(ChronoUnit.HOURS);
            startsAt.setValue(window.filter(w -> !w.ended()).map(Window::startsAt).orElse(now));
            endsAt.setValue(window.filter(w -> !w.ended()).map(Window::endsAt)
                    .orElse(now.toLocalDate().plusDays(7).atTime(LocalTime.of(17, 0))));
        }
        boolean pending = window.filter(w -> !w.ended()).isPresent();
        open.setText(getTranslation(pending ? "teamday.async.move" : "teamday.async.open"));
        close.setVisible(pending);
        link.setVisible(pending);
        status.setText(window.map(this::describe).orElseGet(() -> getTranslation("teamday.async.none")));
        var questions = window.isPresent() ? async.held(id) : List.<PollState>of();
        showHeld(questions);
        showArrived(id, questions.stream().mapToInt(PollState::heldAnswers).sum());
    }

    /**
     * Counts the held answers that came in since the facilitator last saw the list: by push, while the console
     * is open. A release (or fewer held answers for another reason) lowers what was seen with it.
     */
    private void showArrived(long meetingId, int heldNow) {
        if (heldSeen < 0 || heldMeeting != meetingId) {
            heldMeeting = meetingId;
            heldSeen = heldNow;
        }
        heldSeen = Math.min(heldSeen, heldNow);
        int fresh = heldNow - heldSeen;
        arrived.setText(getTranslation("teamday.async.held.arrived", fresh));
        arrived.setVisible(fresh > 0);
    }

    /**
     * Each open question with asynchronous answers waiting: the held answers (alphabetical, without names),
     * each with the same hide toggle as live moderation, and the button that releases them into the word
     * cloud, the projector and the minutes. An answer hidden here stays out after the release.
     */
    private void showHeld(List<PollState> questions) {
        held.removeAll();
        held.setVisible(!questions.isEmpty());
        if (questions.isEmpty()) {
            return;
        }
        held.add(new H3(getTranslation("teamday.async.held.title")));
        for (var poll : questions) {
            var card = new Div();
            card.addClassName("card");
            card.setId("held-poll-" + poll.id());
            card.add(new H4(poll.question()),
                    new Paragraph(getTranslation("teamday.async.held.intro", poll.heldAnswers())));
            var list = new Div();
            list.addClassName("open-answers");
            poll.answers().stream().filter(PollState.OpenAnswer::held).forEach(answer -> {
                var row = new Div();
                row.addClassName("open-answer");
                row.setId("held-answer-" + answer.id());
                var text = new Paragraph(answer.text());
                text.addClassName("open-answer-text");
                row.add(text);
                if (answer.hidden()) {
                    row.addClassName("hidden-answer");
                    var mark = new Span(getTranslation("teamday.poll.answer-hidden"));
                    mark.addClassName("muted");
                    row.add(mark);
                }
                var toggle = new Button(getTranslation(answer.hidden() ? "teamday.poll.show-answer"
                        : "teamday.poll.hide-answer"), click -> act.accept(() -> polls.hideAnswer(answer.id(),
                                !answer.hidden())));
                toggle.addClassName("open-answer-toggle");
                toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
                row.add(toggle);
                list.add(row);
            });
            var release = new Button(getTranslation("teamday.async.held.release"), click -> act.accept(() -> {
                int released = async.release(poll.id());
                FieldErrors.saved(this, "teamday.async.held.released", released);
            }));
            release.setId("held-release-" + poll.id());
            release.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(list, release);
            held.add(card);
        }
    }

    private String describe(Window window) {
        var from = Dates.dateTime(this, window.startsAt().atZone(SchoolTime.ZONE).toInstant());
        var to = Dates.dateTime(this, window.endsAt().atZone(SchoolTime.ZONE).toInstant());
        if (window.ended()) {
            return getTranslation("teamday.async.status.ended", from, to);
        }
        return getTranslation(window.open() ? "teamday.async.status.open" : "teamday.async.status.ahead", from, to,
                window.openedBy());
    }

    private void openWindow() {
        var from = startsAt.getValue();
        var to = endsAt.getValue();
        errors.clear();
        if (from == null || to == null) {
            FieldErrors.showAt(from == null ? startsAt : endsAt, getTranslation("teamday.async.moment-needed"));
            return;
        }
        act.accept(() -> {
            try {
                async.openWindow(meetingId.getAsLong(), from, to);
                shown = null;
                FieldErrors.saved(this, "teamday.async.opened");
            } catch (InvalidInput refused) {
                errors.show(refused, this);
            }
        });
    }
}
