package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import nl.codewijzer.teamday.MeetingConsole;
import nl.codewijzer.teamday.MeetingFlow;
import nl.codewijzer.teamday.MeetingStatus;

/** "Now": the question under discussion, where it is in the agenda, how long it has run, and back and forth. */
final class FlowPanel extends Section {

    final ElapsedTimer timer = new ElapsedTimer();
    private final MeetingFlow flow;
    private final LongSupplier meetingId;
    private final Consumer<Runnable> act;

    /** @param act runs an action as the console's own and shows its outcome */
    FlowPanel(MeetingFlow flow, LongSupplier meetingId, Consumer<Runnable> act) {
        this.flow = flow;
        this.meetingId = meetingId;
        this.act = act;
        addClassName("console-flow");
        setId("flow");
        timer.setId("console-timer");
    }

    void show(MeetingConsole console) {
        var live = console.live();
        removeAll();
        var current = live.current();
        if (live.status() != MeetingStatus.BEZIG || current == null) {
            timer.stop();
            add(new H2(getTranslation("teamday.now")), new Paragraph(getTranslation(
                    live.status() == MeetingStatus.GEPLAND ? "teamday.console.planned" : "teamday.console.closed")));
            return;
        }
        timer.show(live.elapsedMillis());
        var position = new Span(getTranslation("teamday.position", live.currentNumber(), live.itemCount()));
        position.setId("console-position");
        var line = new Div(new H2(getTranslation("teamday.now")), position, new Span(" · "), timer);
        line.addClassName("muted");
        line.addClassName("console-flow-line");
        var question = new H3(current.title());
        question.setId("console-question");
        var previous = new Button(getTranslation("teamday.previous"), VaadinIcon.ARROW_LEFT.create(),
                click -> act.accept(() -> flow.previous(meetingId.getAsLong())));
        previous.setId("flow-previous");
        previous.setEnabled(live.currentNumber() > 1);
        var next = new Button(getTranslation("teamday.next"), VaadinIcon.ARROW_RIGHT.create(),
                click -> act.accept(() -> flow.next(meetingId.getAsLong())));
        next.setIconAfterText(true);
        next.setId("flow-next");
        next.setEnabled(live.currentNumber() < live.itemCount());
        var buttons = new Div(previous, next);
        buttons.addClassName("toolbar");
        var keys = new Paragraph(getTranslation("teamday.keys"));
        keys.addClassName("muted");
        keys.addClassName("console-keys");
        // one band: where we are and the question on the left, back and forth on the right, the keys under it
        var where = new Div(line, question);
        where.addClassName("console-flow-text");
        add(where, buttons, keys);
    }
}
