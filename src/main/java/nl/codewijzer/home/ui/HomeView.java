package nl.codewijzer.home.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import nl.codewijzer.base.PublicAddress;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.revision.ReviewStatus;
import nl.codewijzer.revision.Revisions;
import nl.codewijzer.school.SchoolSettings;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;
import nl.codewijzer.signing.OutstandingRequest;
import nl.codewijzer.signing.Signing;

/** The start page: what is waiting for you (a code to sign), who you are here, and what your roles let you do. */
@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
public class HomeView extends Main implements HasDynamicTitle {

    HomeView(CurrentUser currentUser, SchoolSettings settings, Signing signing, PublicAddress address, Revisions revisions) {
        addClassName("page");
        setId("home");
        var user = currentUser.require();
        add(new H1(getTranslation("home.greeting", user.fullName())));
        if (user.roles().contains(Role.BEHEERDER)) {
            addressWarning(address);
        }
        var toSign = signing.outstanding();
        if (!toSign.isEmpty()) {
            add(signCard(toSign));
        }
        if (user.roles().contains(Role.COORDINATOR) || user.roles().contains(Role.SCHOOLLEIDING)) {
            revisions.due().forEach(review -> add(reviewCard(review)));
        }
        add(new Paragraph(getTranslation("home.school", settings.schoolName())));
        var roles = user.roles().stream().sorted().map(role -> getTranslation(role.labelKey()))
                .collect(Collectors.joining(", "));
        add(new Paragraph(new Span(getTranslation("home.your-roles")), new Span(" " + roles)));

        add(new H2(getTranslation("home.what.title")));
        var cards = new Div();
        cards.addClassName("cards");
        user.roles().stream().sorted().forEach(role -> cards.add(card(role)));
        add(cards);
        add(new Paragraph(getTranslation("home.about")));
    }

    /**
     * Tells the beheerder when links in mails and documents will point elsewhere than the address
     * they are using now (a base URL configured for another address), or that no base URL is set.
     */
    private void addressWarning(PublicAddress address) {
        var configured = address.configured();
        var mismatch = address.mismatch();
        Paragraph warning;
        if (mismatch.isPresent() && configured.isPresent()) {
            warning = new Paragraph(getTranslation("home.address.mismatch", configured.get(), mismatch.get()));
            warning.addClassName("address-warning");
        } else if (configured.isEmpty()) {
            warning = new Paragraph(getTranslation("home.address.unset", address.ofCurrentRequest().orElse("?")));
            warning.addClassName("hint");
        } else {
            return;
        }
        warning.setId("address-warning");
        add(warning);
    }

    /** The code to sign, prominently: what, by when, and one button to do it now. */
    private Div signCard(List<OutstandingRequest> toSign) {
        var first = toSign.getFirst();
        var card = new Div(new H2(getTranslation(first.resign() ? "home.sign.title.resign" : "home.sign.title")));
        card.addClassName("card");
        card.addClassName("sign-card");
        card.setId("sign-card");
        if (first.overdue()) {
            card.addClassName("overdue");
        }
        card.add(new Paragraph(getTranslation("home.sign.what", first.codeTitle(), first.versionNumber())));
        var due = new Paragraph(getTranslation(first.overdue() ? "home.sign.due.overdue" : "home.sign.due",
                Dates.date(this, first.dueDate())));
        due.setId("sign-card-due");
        due.addClassName("sign-due");
        card.add(due);
        if (first.reconfirmation()) {
            var round = new Paragraph(getTranslation("signing.reconfirm.home",
                    nl.codewijzer.signing.YearlyReconfirmations.label(first.roundYear())));
            round.setId("sign-card-round");
            card.add(round);
        } else if (first.resign()) {
            card.add(new Paragraph(getTranslation("home.sign.resign", first.previouslySignedNumber())));
        }
        if (toSign.size() > 1) {
            card.add(new Paragraph(getTranslation("home.sign.more", toSign.size() - 1)));
        }
        var now = new Button(getTranslation("home.sign.now"), click -> getUI().ifPresent(ui -> ui.navigate(Signing.ROUTE)));
        now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        now.setId("sign-now");
        card.add(now);
        return card;
    }

    /** An adopted code whose evaluation date is near or past (issue 15): when, and "Herziening starten". */
    private Div reviewCard(ReviewStatus review) {
        var card = new Div(new H2(getTranslation("home.review.title")));
        card.addClassName("card");
        card.addClassName("review-card");
        card.setId("review-card-" + review.codeId());
        if (review.overdue()) {
            card.addClassName("overdue");
        }
        card.add(new Paragraph(getTranslation("home.sign.what", review.codeTitle(), review.versionNumber())));
        var reviewDate = java.util.Objects.requireNonNull(review.reviewDate());
        card.add(new Paragraph(getTranslation(review.overdue() ? "home.review.passed" : "home.review.due",
                Dates.date(this, reviewDate))));
        var start = new Button(getTranslation("revision.start"), click -> getUI().ifPresent(ui -> ui.navigate(
                Revisions.ROUTE, com.vaadin.flow.router.QueryParameters.of("start", String.valueOf(review.codeId())))));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("review-start-" + review.codeId());
        card.add(start);
        return card;
    }

    private Div card(Role role) {
        var card = new Div(new H2(getTranslation(role.labelKey())), new Paragraph(getTranslation("home.role." + role.name())));
        card.addClassName("card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " – " + getTranslation("app.name");
    }
}
