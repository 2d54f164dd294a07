package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.codewijzer.teamday.internal.DecisionsIntoText.Replacement;

/**
 * Before "Maak concept" writes the decisions: for every section where the code already has text that
 * a decision would replace, that text and the choice to replace it or add the decision under it
 * (issue 19, item 5). "Add" is chosen until the facilitator says otherwise: agreed text is never
 * dropped without someone choosing so.
 */
final class ReplaceOrAddDialog extends Dialog {

    /** Per place: whether the decision is added under the current text (true) or replaces it. */
    final Map<String, RadioButtonGroup<Boolean>> choices = new LinkedHashMap<>();
    final Button make = new Button();

    ReplaceOrAddDialog(List<Replacement> replacements, Consumer<Set<String>> makeWithKept) {
        setHeaderTitle(getTranslation("teamday.draft.choose.title"));
        setWidth("min(44rem, 100vw)");
        setId("replace-or-add");
        add(new Paragraph(getTranslation("teamday.draft.choose.intro")));
        for (var replacement : replacements) {
            var current = new Pre(replacement.current());
            current.addClassName("draft-current");
            var choice = new RadioButtonGroup<Boolean>();
            choice.setLabel(getTranslation("teamday.draft.choose.label"));
            choice.setItems(true, false);
            choice.setItemLabelGenerator(add -> getTranslation(add ? "teamday.draft.choose.add" : "teamday.draft.choose.replace"));
            choice.setValue(true);
            choices.put(replacement.place(), choice);
            var section = new Div(new H3(replacement.heading()), new Paragraph(getTranslation("teamday.draft.choose.current")),
                    current, choice);
            section.addClassName("draft-choice");
            add(section);
        }
        make.setText(getTranslation("teamday.draft.choose.make"));
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        make.addClickListener(click -> {
            close();
            makeWithKept.accept(kept());
        });
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, make);
    }

    /** The places where the current text stays and the decision is added under it. */
    Set<String> kept() {
        return choices.entrySet().stream().filter(entry -> Boolean.TRUE.equals(entry.getValue().getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }
}
