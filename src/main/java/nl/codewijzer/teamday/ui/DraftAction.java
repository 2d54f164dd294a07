package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.codetext.CodeRoutes;
import nl.codewijzer.teamday.DraftFromMeeting;
import nl.codewijzer.teamday.Minutes.AgendaResult;
import nl.codewijzer.teamday.MeetingDrafts;
import nl.codewijzer.teamday.internal.DecisionsIntoText;
import org.jspecify.annotations.Nullable;

/**
 * "Maak concept": turns a closed meeting's decisions into a new concept version and opens the
 * comparison with the version it continues, so the team sees exactly what the meeting changed. The
 * items that did not go into the text stay on screen until the coördinator closes the list.
 */
final class DraftAction {

    /** The compare view of the code text module (its address is its public face). */

    private DraftAction() {
    }

    static Button button(Component context, MeetingDrafts drafts, long meetingId) {
        var button = new Button(context.getTranslation("teamday.draft.make"), VaadinIcon.FILE_TEXT.create(),
                click -> make(context, drafts, meetingId));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId("make-draft");
        return button;
    }

    /**
     * Asks first, where a decision would replace text the code has now, whether to replace it or add
     * the decision under it; then makes the draft.
     */
    static void make(Component context, MeetingDrafts drafts, long meetingId) {
        List<DecisionsIntoText.Replacement> replacements;
        try {
            replacements = drafts.replacements(meetingId);
        } catch (InvalidInput refused) {
            new FieldErrors().show(refused, context);
            return;
        }
        if (replacements.isEmpty()) {
            make(context, drafts, meetingId, Set.of());
        } else {
            new ReplaceOrAddDialog(replacements, kept -> make(context, drafts, meetingId, kept)).open();
        }
    }

    private static void make(Component context, MeetingDrafts drafts, long meetingId, Set<String> kept) {
        try {
            var draft = drafts.makeDraft(meetingId, kept);
            FieldErrors.saved(context, "teamday.draft.done", draft.number());
            openComparison(context, draft.codeId(), draft.parentNumber(), draft.number());
            if (!draft.undecided().isEmpty()) {
                undecided(context, draft);
            }
        } catch (InvalidInput refused) {
            new FieldErrors().show(refused, context);
        }
    }

    static void openComparison(Component context, long codeId, @Nullable Integer from, int to) {
        context.getUI().ifPresent(ui -> ui.navigate(CodeRoutes.COMPARE, QueryParameters.simple(Map.of(
                "code", String.valueOf(codeId), "van", String.valueOf(from == null ? to : from),
                "naar", String.valueOf(to)))));
    }

    private static Notification undecided(Component context, DraftFromMeeting draft) {
        var notification = new Notification();
        notification.setDuration(0);
        notification.setPosition(Notification.Position.BOTTOM_END);
        notification.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        var list = new UnorderedList();
        for (AgendaResult item : draft.undecided()) {
            list.add(new ListItem(item.position() + ". " + item.title() + " – "
                    + context.getTranslation(item.skipped() ? "teamday.item.skipped"
                            : "teamday.decision.status." + item.status().name())));
        }
        var close = new Button(context.getTranslation("teamday.close-list"), click -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        var content = new Div(new Paragraph(context.getTranslation("teamday.draft.undecided", draft.undecided().size())),
                list, close);
        content.setId("undecided-items");
        notification.add(content);
        notification.open();
        return notification;
    }
}
