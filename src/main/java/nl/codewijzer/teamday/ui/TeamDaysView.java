package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.security.Role;
import nl.codewijzer.teamday.MeetingStatus;
import nl.codewijzer.teamday.MeetingSummary;
import nl.codewijzer.teamday.MeetingPlanning;
import nl.codewijzer.teamday.TeamDayRoutes;
import nl.codewijzer.teamday.TeamMeetings;

/** The team meetings, newest first; the coördinator plans a new one here and opens its console. */
@Route(TeamDayRoutes.LIST)
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.SCHOOLLEIDING})
@Menu(title = "nav.teamday", order = 15, icon = "vaadin:group")
@StyleSheet("styles/teamday.css")
public class TeamDaysView extends Main implements HasDynamicTitle {

    private final TeamMeetings meetings;
    private final MeetingPlanning planning;
    final Div list = new Div();
    final Button create = new Button();

    TeamDaysView(TeamMeetings meetings, MeetingPlanning planning, Clock clock) {
        this.meetings = meetings;
        this.planning = planning;
        addClassName("page");
        setId("team-days");
        create.setText(getTranslation("teamday.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-meeting");
        create.addClickListener(click -> new NewMeetingDialog(meetings, planning, LocalDate.now(clock.withZone(SchoolTime.ZONE)),
                this::openConsole).open());
        list.addClassName("cards");
        var toolbar = new Div(create);
        toolbar.addClassName("toolbar");
        add(new H1(getTranslation("teamday.title")), new Paragraph(getTranslation("teamday.intro")), toolbar, list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        var all = meetings.meetings();
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("teamday.none")));
        }
        all.forEach(meeting -> list.add(card(meeting)));
    }

    private Div card(MeetingSummary meeting) {
        var card = new Div();
        card.addClassName("card");
        card.setId("meeting-" + meeting.id());
        var status = new Span(getTranslation(meeting.status().labelKey()));
        status.getElement().getThemeList().add(meeting.status() == MeetingStatus.BEZIG ? "badge success" : "badge");
        card.add(new H2(meeting.title()), status, new Paragraph(meeting.codeTitle() + " · " + Dates.date(this, meeting.date())),
                new Paragraph(meeting.status() == MeetingStatus.AFGESLOTEN
                        ? getTranslation("teamday.attendance", meeting.attendees())
                        : getTranslation("teamday.join-code", meeting.joinCode())));
        var open = new Button(getTranslation(meeting.status() == MeetingStatus.AFGESLOTEN ? "teamday.console.open-closed"
                : "teamday.console.open"), click -> openConsole(meeting));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var buttons = new Div(open);
        buttons.addClassName("toolbar");
        if (meeting.status() != MeetingStatus.AFGESLOTEN) {
            var projector = new Anchor(TeamDayRoutes.projector(meeting.id()), getTranslation("teamday.projector.open"));
            projector.setTarget(com.vaadin.flow.component.html.AnchorTarget.BLANK);
            projector.addClassName("button-link");
            buttons.add(projector);
        }
        var minutes = new Anchor(TeamDayRoutes.minutes(meeting.id()), getTranslation("teamday.minutes.open"));
        minutes.addClassName("button-link");
        buttons.add(minutes);
        card.add(buttons);
        return card;
    }

    private void openConsole(MeetingSummary meeting) {
        getUI().ifPresent(ui -> ui.navigate(ConsoleView.class,
                new RouteParameters("meetingId", String.valueOf(meeting.id()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teamday.title") + " – " + getTranslation("app.name");
    }
}
