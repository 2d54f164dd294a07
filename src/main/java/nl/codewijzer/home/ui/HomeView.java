package nl.codewijzer.home.ui;

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
import java.util.stream.Collectors;
import nl.codewijzer.school.SchoolSettings;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;

/** The start page: who you are here, and what your roles let you do. */
@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
public class HomeView extends Main implements HasDynamicTitle {

    HomeView(CurrentUser currentUser, SchoolSettings settings) {
        addClassName("page");
        setId("home");
        var user = currentUser.require();
        add(new H1(getTranslation("home.greeting", user.fullName())));
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
