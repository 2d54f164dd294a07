package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.teamday.MeetingAsync;
import nl.codewijzer.teamday.MeetingAsync.Window;
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
    private final MeetingAsync async;
    private final LongSupplier meetingId;
    private final Consumer<Runnable> act;
    private final Clock clock;
    private final FieldErrors errors = new FieldErrors();
    /** The window the pickers were last filled from, so a redraw never overwrites what is being chosen. */
    private @Nullable Optional<Window> shown;

    /** @param act runs an action as the console's own and shows its outcome */
    AsyncPanel(MeetingAsync async, LongSupplier meetingId, Consumer<Runnable> act, Clock clock) {
        this.async = async;
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
        add(new H2(getTranslation("teamday.async.title")), new Paragraph(getTranslation("teamday.async.intro")),
                warning, status, FacilitatorKeys.keepTyping(fields), buttons);
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
