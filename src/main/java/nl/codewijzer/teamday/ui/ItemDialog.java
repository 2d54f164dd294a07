package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Function;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.teamday.AgendaItem;
import nl.codewijzer.teamday.ItemText;
import nl.codewijzer.teamday.MeetingPlanning;
import org.jspecify.annotations.Nullable;

/** Edits an agenda item's question, discussion points and answer options, or adds an extra topic. */
final class ItemDialog extends Dialog {

    final TextArea title = new TextArea();
    final TextArea guidance = new TextArea();
    final TextArea options = new TextArea();
    final Button save = new Button();
    private final FieldErrors errors = new FieldErrors();

    /**
     * @param item  the item to edit; null for a new topic
     * @param store saves the text and returns the saved item; refusals come back at the fields
     */
    ItemDialog(@Nullable AgendaItem item, Function<ItemText, AgendaItem> store, Runnable saved) {
        setHeaderTitle(getTranslation(item == null ? "teamday.item.add" : "teamday.item.edit"));
        title.setLabel(getTranslation(item == null ? "teamday.item.topic" : "teamday.item.question"));
        title.setMaxLength(MeetingPlanning.MAX_ITEM_TITLE);
        title.setWidthFull();
        guidance.setLabel(getTranslation("teamday.item.guidance"));
        guidance.setHelperText(getTranslation("teamday.item.one-per-line"));
        guidance.setWidthFull();
        options.setLabel(getTranslation("teamday.item.options"));
        options.setHelperText(getTranslation("teamday.item.one-per-line"));
        options.setWidthFull();
        if (item != null) {
            title.setValue(item.title());
            guidance.setValue(String.join("\n", item.guidance()));
            options.setValue(String.join("\n", item.options()));
        }
        errors.bind("title", title).bind("guidance", guidance).bind("options", options);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                store.apply(new ItemText(title.getValue(), guidance.getValue().lines().toList(),
                        options.getValue().lines().toList()));
                close();
                saved.run();
            } catch (InvalidInput refused) {
                errors.show(refused, this);
            }
        });
        add(FacilitatorKeys.keepTyping(new Div(title, guidance, options)));
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("44rem");
    }
}
