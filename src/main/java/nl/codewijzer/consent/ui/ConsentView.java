package nl.codewijzer.consent.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.consent.ConsentRounds;
import nl.codewijzer.consent.ConsentSubmission;
import nl.codewijzer.consent.RoundStatus;
import nl.codewijzer.consent.RoundSummary;
import nl.codewijzer.security.Role;

/** The MR consent rounds, newest first; the schoolleiding puts a concept to the MR from here. */
@Route(ConsentRounds.LIST_ROUTE)
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.SCHOOLLEIDING, Role.Names.MR_LID, Role.Names.MR_VOORZITTER})
@Menu(title = "nav.consent", order = 20, icon = "vaadin:gavel")
public class ConsentView extends Main implements HasDynamicTitle {

    private final ConsentRounds consent;
    private final ConsentSubmission submission;
    final Div concepts = new Div();
    final Div list = new Div();

    ConsentView(ConsentRounds consent, ConsentSubmission submission) {
        this.consent = consent;
        this.submission = submission;
        addClassName("page");
        setId("consent");
        add(new H1(getTranslation("consent.title")), new Paragraph(getTranslation("consent.intro")));
        concepts.addClassName("cards");
        list.addClassName("cards");
        if (consent.canSubmit()) {
            add(new H2(getTranslation("consent.concepts")), concepts);
        }
        add(new H2(getTranslation("consent.rounds")), list);
        refresh();
    }

    void refresh() {
        concepts.removeAll();
        if (consent.canSubmit()) {
            var drafts = consent.submittable();
            if (drafts.isEmpty()) {
                concepts.add(new Paragraph(getTranslation("consent.concepts.none")));
            }
            for (var draft : drafts) {
                var card = new Div();
                card.addClassName("card");
                card.add(new H3(draft.codeTitle() + " · " + getTranslation("consent.concept.title", draft.number())),
                        new Paragraph(draft.summary().message()));
                var submit = new Button(getTranslation("consent.submit"), VaadinIcon.GAVEL.create(),
                        click -> new SubmitDialog(consent, submission, draft.summary(), round -> open(round.id())).open());
                submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                submit.setId("submit-" + draft.id());
                card.add(submit);
                concepts.add(card);
            }
        }
        list.removeAll();
        var rounds = consent.rounds();
        if (rounds.isEmpty()) {
            list.add(new Paragraph(getTranslation("consent.rounds.none")));
        }
        rounds.forEach(round -> list.add(card(round)));
    }

    private Div card(RoundSummary round) {
        var card = new Div();
        card.addClassName("card");
        card.add(new H3(round.codeTitle() + " · " + getTranslation("consent.version", round.versionNumber())));
        var status = new Span(getTranslation(round.status().labelKey()) + (round.outcome() == null ? ""
                : " · " + getTranslation(round.outcome().labelKey())));
        status.addClassName("status-badge");
        card.add(status, new Paragraph(getTranslation("consent.submitted-by", round.submittedBy(),
                Dates.date(this, round.submittedAt()))));
        if (round.status() == RoundStatus.OPEN) {
            card.add(new Paragraph(getTranslation("consent.deadline.value", Dates.date(this, round.deadline()))));
        }
        var open = new Button(getTranslation("consent.open"), click -> open(round.id()));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(open);
        return card;
    }

    private void open(long roundId) {
        getUI().ifPresent(ui -> ui.navigate(RoundView.class, roundId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consent.title") + " – " + getTranslation("app.name");
    }
}
