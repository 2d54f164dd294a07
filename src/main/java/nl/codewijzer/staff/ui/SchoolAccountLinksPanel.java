package nl.codewijzer.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.security.SchoolAccountLink;
import nl.codewijzer.security.SchoolAccountLinks;
import nl.codewijzer.staff.StaffMember;

/**
 * In the person dialog: the school accounts linked to this person (provider, the address it had when
 * linked, when, last use), each with "Koppeling verwijderen". After removal the next sign-in with
 * that account matches by e-mail again; the removal is on the audit trail.
 */
class SchoolAccountLinksPanel extends Div {

    final Grid<SchoolAccountLink> grid = new Grid<>();
    final Paragraph none = new Paragraph();
    private final SchoolAccountLinks links;
    private final StaffMember person;

    SchoolAccountLinksPanel(SchoolAccountLinks links, StaffMember person) {
        this.links = links;
        this.person = person;
        setId("school-account-links");
        grid.addColumn(SchoolAccountLink::providerName).setHeader(getTranslation("staff.sso.provider"))
                .setKey("provider").setAutoWidth(true);
        grid.addColumn(SchoolAccountLink::emailAtLink).setHeader(getTranslation("staff.sso.account"))
                .setKey("account").setFlexGrow(1);
        grid.addColumn(link -> Dates.dateTime(this, link.linkedAt())).setHeader(getTranslation("staff.sso.linked"))
                .setKey("linked").setAutoWidth(true);
        grid.addColumn(link -> link.lastLoginAt() == null ? getTranslation("staff.sso.never")
                : Dates.dateTime(this, link.lastLoginAt())).setHeader(getTranslation("staff.sso.last-used"))
                .setKey("last-used").setAutoWidth(true);
        grid.addComponentColumn(this::removeButton).setKey("remove").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("staff.sso.title"));
        none.setText(getTranslation("staff.sso.none"));
        add(new H3(getTranslation("staff.sso.title")), none, grid);
        refresh();
    }

    private Button removeButton(SchoolAccountLink link) {
        var remove = new Button(getTranslation("staff.sso.remove"), click -> confirmRemoval(link));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return remove;
    }

    private void confirmRemoval(SchoolAccountLink link) {
        var confirm = new ConfirmDialog(getTranslation("staff.sso.remove.title", link.providerName()),
                getTranslation("staff.sso.remove.text", person.fullName(), link.providerName()),
                getTranslation("staff.sso.remove"), yes -> {
                    links.remove(person.id(), link.id());
                    FieldErrors.saved(this, "staff.sso.removed", link.providerName(), person.fullName());
                    refresh();
                }, getTranslation("action.cancel"), no -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    void refresh() {
        var current = links.of(person.id());
        grid.setItems(current);
        grid.setVisible(!current.isEmpty());
        none.setVisible(current.isEmpty());
    }
}
