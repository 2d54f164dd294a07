package nl.codewijzer.revision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.revision.ArticleFeedback;
import nl.codewijzer.revision.ReviewStatus;
import nl.codewijzer.revision.RevisionStart;
import nl.codewijzer.revision.Revisions;
import nl.codewijzer.security.Role;
import nl.codewijzer.teamday.TeamDayRoutes;

/**
 * The review of each adopted code: its evaluation date, whether the revision has started,
 * "Herziening starten", and the staff's feedback per article. {@code ?start=<codeId>} (the start page's card) opens the start dialog at once.
 */
@Route(Revisions.ROUTE)
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.SCHOOLLEIDING})
@Menu(title = "nav.revision", order = 16, icon = "vaadin:refresh")
public class RevisionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Revisions revisions;
    private final ArticleFeedback feedback;
    private final Clock clock;
    final Div list = new Div();

    RevisionView(Revisions revisions, ArticleFeedback feedback, Clock clock) {
        this.revisions = revisions;
        this.feedback = feedback;
        this.clock = clock;
        addClassName("page");
        setId("revision");
        list.addClassName("cards");
        add(new H1(getTranslation("revision.title")), new Paragraph(getTranslation("revision.intro")), list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        var all = revisions.overview();
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("revision.none")));
        }
        all.forEach(review -> list.add(card(review)));
    }

    private Div card(ReviewStatus review) {
        var card = new Div(new H2(review.codeTitle()));
        card.addClassName("card");
        card.setId("review-" + review.codeId());
        card.add(new Paragraph(getTranslation("revision.active", review.versionNumber())));
        var reviewDate = review.reviewDate();
        var when = new Paragraph(reviewDate == null ? getTranslation("revision.no-date")
                : getTranslation(review.overdue() ? "revision.date.passed" : "revision.date", Dates.date(this, reviewDate)));
        when.addClassName("review-date");
        card.add(when);
        if (review.started()) {
            var startedAt = review.startedAt();
            card.add(new Paragraph(getTranslation("revision.started-by", review.startedBy(),
                    startedAt == null ? "" : Dates.date(this, startedAt))));
            var meetingId = review.meetingId();
            if (meetingId != null) {
                var meeting = new Anchor(TeamDayRoutes.console(meetingId), getTranslation("revision.open-meeting"));
                meeting.addClassName("button-link");
                card.add(new Div(meeting));
            }
        } else {
            if (review.overdue()) {
                var badge = new Span(getTranslation("revision.badge.due"));
                badge.getElement().getThemeList().add("badge error");
                card.add(badge);
            }
            var start = new Button(getTranslation("revision.start"), click -> openStart(review));
            start.setId("revision-start-" + review.codeId());
            start.addThemeVariants(review.due() ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            card.add(new Div(start));
        }
        card.add(new FeedbackPanel(feedback, review));
        return card;
    }

    void openStart(ReviewStatus review) {
        new StartRevisionDialog(revisions, review, today(), this::started).open();
    }

    private void started(RevisionStart start) {
        getUI().ifPresent(ui -> ui.navigate(TeamDayRoutes.console(start.meetingId())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("start").ifPresent(codeId -> revisions.overview()
                .stream().filter(review -> String.valueOf(review.codeId()).equals(codeId) && !review.started())
                .findFirst().ifPresent(this::openStart));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SchoolTime.ZONE));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("revision.title") + " – " + getTranslation("app.name");
    }
}
