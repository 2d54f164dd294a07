package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.function.Consumer;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.base.ui.LocalizedComponents;
import nl.codewijzer.codetext.CodeSummary;
import nl.codewijzer.teamday.MeetingSummary;
import nl.codewijzer.teamday.MeetingPlanning;
import nl.codewijzer.teamday.TeamMeetings;

/** Plans a meeting: which code it is about, its title and date. The agenda starts as the five questions. */
final class NewMeetingDialog extends Dialog {

    final Select<CodeSummary> code = new Select<>();
    final TextField title = new TextField();
    final DatePicker date;
    final Button create = new Button();
    private final FieldErrors errors = new FieldErrors();

    NewMeetingDialog(TeamMeetings meetings, MeetingPlanning planning, LocalDate today, Consumer<MeetingSummary> created) {
        setHeaderTitle(getTranslation("teamday.new"));
        var codes = meetings.codes();
        code.setLabel(getTranslation("teamday.new.code"));
        code.setItems(codes);
        code.setItemLabelGenerator(CodeSummary::title);
        if (!codes.isEmpty()) {
            code.setValue(codes.getFirst());
        }
        title.setLabel(getTranslation("teamday.new.title"));
        title.setValue(getTranslation("teamday.new.title.default"));
        title.setMaxLength(MeetingPlanning.MAX_TITLE);
        title.setWidthFull();
        date = LocalizedComponents.datePicker(getTranslation("teamday.new.date"));
        date.setValue(today);
        errors.bind("title", title).bind("date", date).bind("code", code);
        create.setText(getTranslation("teamday.new.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            if (code.getValue() == null) {
                FieldErrors.showAt(code, getTranslation("teamday.error.code-choose"));
                return;
            }
            try {
                var meeting = planning.create(code.getValue().id(), title.getValue(), date.getValue());
                close();
                created.accept(meeting);
            } catch (InvalidInput refused) {
                errors.show(refused, this);
            }
        });
        add(new Paragraph(getTranslation("teamday.new.agenda")), code, title, date);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), create);
        setWidth("36rem");
    }
}
