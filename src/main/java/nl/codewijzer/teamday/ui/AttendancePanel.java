package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.staff.StaffMember;
import nl.codewijzer.teamday.Attendee;
import nl.codewijzer.teamday.MeetingAttendance;
import nl.codewijzer.teamday.MeetingConsole;
import nl.codewijzer.teamday.MeetingStatus;
import org.jspecify.annotations.Nullable;

/**
 * Who is present: everyone who joined by phone and everyone the facilitator added by hand (who can
 * be removed again), and the staff not yet present to add, until the meeting is closed.
 */
final class AttendancePanel extends Section {

    /** The multiplication sign, as the small "take off the list" mark on each name. */
    private static final String REMOVE_MARK = "\u00d7";

    final Div present = new Div();
    final Select<StaffMember> absent = new Select<>();
    final Button addPerson = new Button();
    private final MeetingAttendance attendance;
    private final LongSupplier meetingId;
    private final Consumer<Runnable> act;
    /** Who was present when the absent staff were last read. */
    private @Nullable List<Long> absentShownFor;

    /** @param act runs an action as the console's own and shows its outcome */
    AttendancePanel(MeetingAttendance attendance, LongSupplier meetingId, Consumer<Runnable> act) {
        this.attendance = attendance;
        this.meetingId = meetingId;
        this.act = act;
        present.setId("attendance");
        absent.setLabel(getTranslation("teamday.attendance.add"));
        absent.setItemLabelGenerator(StaffMember::fullName);
        absent.setEmptySelectionAllowed(false);
        addPerson.setText(getTranslation("teamday.attendance.add.button"));
        addPerson.addClickListener(click -> addAttendee());
        addClassName("console-attendance");
        add(present, FacilitatorKeys.keepTyping(new Div(absent, addPerson)));
    }

    void show(MeetingConsole console) {
        present.removeAll();
        var attendees = console.attendees();
        present.add(new H2(getTranslation("teamday.attendance", attendees.size())));
        var names = new Div();
        names.addClassName("attendees");
        boolean open = console.live().status() != MeetingStatus.AFGESLOTEN;
        for (var attendee : attendees) {
            var chip = new Span(attendee.name() + (attendee.addedByFacilitator()
                    ? " (" + getTranslation("teamday.attendance.by-hand") + ")" : ""));
            chip.addClassName("attendee");
            if (open) {
                // a plain HTML button, not a Vaadin Button with an icon: with 150 people present those were 300 of
                // the console's 400 web components, which the browser builds again whenever Vaadin resends the
                // whole UI after a lost push (decision 0045)
                var remove = new NativeButton(REMOVE_MARK,
                        click -> act.accept(() -> attendance.removeAttendee(meetingId.getAsLong(), attendee.personId())));
                remove.addClassName("attendee-remove");
                remove.setAriaLabel(getTranslation("teamday.attendance.remove", attendee.name()));
                remove.setTitle(getTranslation("teamday.attendance.remove", attendee.name()));
                chip.add(remove);
            }
            names.add(chip);
        }
        present.add(names);
        absent.setVisible(open);
        addPerson.setVisible(open);
        var presentIds = attendees.stream().map(Attendee::personId).toList();
        if (open && !presentIds.equals(absentShownFor)) {
            // the whole staff list is read again only when who is present changed, not on every push;
            // a phone joining meanwhile must not undo the facilitator's pick of someone without a phone
            absentShownFor = presentIds;
            var picked = absent.getValue();
            var stillAbsent = attendance.absentStaff(meetingId.getAsLong());
            absent.setItems(stillAbsent);
            if (picked != null) {
                stillAbsent.stream().filter(member -> member.id() == picked.id()).findFirst().ifPresent(absent::setValue);
            }
        }
    }

    private void addAttendee() {
        var person = absent.getValue();
        if (person == null) {
            FieldErrors.showAt(absent, getTranslation("teamday.attendance.choose"));
            return;
        }
        absent.setInvalid(false);
        act.accept(() -> attendance.addAttendee(meetingId.getAsLong(), person.id()));
    }
}
