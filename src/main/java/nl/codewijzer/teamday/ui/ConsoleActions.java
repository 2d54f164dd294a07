package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.teamday.MeetingConsole;
import nl.codewijzer.teamday.MeetingDrafts;
import nl.codewijzer.teamday.MeetingFlow;
import nl.codewijzer.teamday.MeetingStatus;
import nl.codewijzer.teamday.TeamDayRoutes;

/**
 * The console's toolbar: start the meeting, close it (after a confirmation that warns about an
 * unsaved decision), and once it is closed open or make the draft version; the projector and the
 * minutes open from here too.
 */
final class ConsoleActions extends Div {

    private final MeetingFlow flow;
    private final MeetingDrafts drafts;
    private final LongSupplier meetingId;
    private final Consumer<Runnable> act;
    private final BooleanSupplier decisionUnsaved;

    /**
     * @param act             runs an action as the console's own and shows its outcome
     * @param decisionUnsaved whether the decision form holds typing that is not saved yet
     */
    ConsoleActions(MeetingFlow flow, MeetingDrafts drafts, LongSupplier meetingId, Consumer<Runnable> act,
            BooleanSupplier decisionUnsaved) {
        this.flow = flow;
        this.drafts = drafts;
        this.meetingId = meetingId;
        this.act = act;
        this.decisionUnsaved = decisionUnsaved;
        addClassName("toolbar");
        setId("console-actions");
    }

    void show(MeetingConsole console) {
        var meeting = console.live().meeting();
        long id = meetingId.getAsLong();
        removeAll();
        switch (meeting.status()) {
            case GEPLAND -> {
                var start = new Button(getTranslation("teamday.start"), VaadinIcon.PLAY.create(), click -> act.accept(() -> {
                    flow.start(id);
                    FieldErrors.saved(this, "teamday.started");
                }));
                start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                start.setId("meeting-start");
                add(start);
            }
            case BEZIG -> {
                var close = new Button(getTranslation("teamday.close"), VaadinIcon.STOP.create(), click -> confirmClose());
                close.addThemeVariants(ButtonVariant.LUMO_ERROR);
                close.setId("meeting-close");
                add(close);
            }
            case AFGESLOTEN -> {
                if (meeting.draftVersionNumber() != null) {
                    var open = new Button(getTranslation("teamday.draft.open", meeting.draftVersionNumber()),
                            VaadinIcon.FILE_TEXT.create(), click -> DraftAction.openComparison(this, meeting.codeId(),
                                    null, Objects.requireNonNull(meeting.draftVersionNumber())));
                    open.setId("open-draft");
                    add(open);
                } else if (drafts.canMakeDraft()) {
                    add(DraftAction.button(this, drafts, id));
                }
            }
        }
        if (meeting.status() != MeetingStatus.AFGESLOTEN) {
            var projector = new Anchor(TeamDayRoutes.projector(id), getTranslation("teamday.projector.open"));
            projector.setTarget(AnchorTarget.BLANK);
            projector.setId("open-projector");
            projector.addClassName("button-link");
            add(projector);
        }
        var minutes = new Anchor(TeamDayRoutes.minutes(id), getTranslation("teamday.minutes.open"));
        minutes.setId("open-minutes");
        minutes.addClassName("button-link");
        add(minutes);
    }

    private void confirmClose() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("teamday.close.title"));
        dialog.add(new Paragraph(getTranslation("teamday.close.text")));
        if (decisionUnsaved.getAsBoolean()) {
            var warning = new Paragraph(getTranslation("teamday.close.unsaved"));
            warning.addClassName("field-error");
            dialog.add(warning);
        }
        var confirm = new Button(getTranslation("teamday.close"), click -> {
            dialog.close();
            act.accept(() -> {
                flow.close(meetingId.getAsLong());
                FieldErrors.saved(this, "teamday.closed");
            });
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("confirm-close");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }
}
