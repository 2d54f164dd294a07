package nl.codewijzer.revision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.function.Consumer;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.base.ui.LocalizedComponents;
import nl.codewijzer.revision.ReviewStatus;
import nl.codewijzer.revision.RevisionStart;
import nl.codewijzer.revision.Revisions;

/** "Herziening starten": says what will happen and asks the date of the team day. */
final class StartRevisionDialog extends Dialog {

    final DatePicker date;
    final Button start = new Button();
    private final FieldErrors errors = new FieldErrors();

    StartRevisionDialog(Revisions revisions, ReviewStatus review, LocalDate today, Consumer<RevisionStart> started) {
        setHeaderTitle(getTranslation("revision.start.title", review.codeTitle()));
        date = LocalizedComponents.datePicker(getTranslation("revision.start.date"));
        var reviewDate = review.reviewDate();
        date.setValue(reviewDate != null && !reviewDate.isBefore(today) ? reviewDate : today.plusWeeks(2));
        date.setId("revision-date");
        errors.bind("date", date);
        start.setText(getTranslation("revision.start"));
        start.setId("revision-start-confirm");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> {
            try {
                var result = revisions.start(review.codeId(), date.getValue());
                close();
                started.accept(result);
            } catch (InvalidInput refused) {
                errors.show(refused, this);
            }
        });
        add(new Paragraph(getTranslation("revision.start.explain", review.versionNumber())), date);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), start);
        setWidth("36rem");
    }
}
