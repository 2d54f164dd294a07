package nl.codewijzer.staff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.codewijzer.base.DateTexts;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.security.LoginThrottle;
import nl.codewijzer.security.Role;
import nl.codewijzer.security.SchoolAccountLinks;
import nl.codewijzer.security.SchoolAccountOptions;
import nl.codewijzer.staff.InvitationLinks;
import nl.codewijzer.staff.StaffFilter;
import nl.codewijzer.staff.StaffMember;
import nl.codewijzer.staff.StaffService;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The beheerder's staff list: search, filter, add, edit, deactivate, import and export. People added
 * without a password get an invitation link (from the onboarding module, through {@link InvitationLinks}),
 * shown here once after adding them; "Nieuwe uitnodiging" makes another for someone still without one.
 */
@Route(StaffService.ROUTE)
@RolesAllowed(Role.Names.BEHEERDER)
@Menu(title = "nav.staff", order = 80, icon = "vaadin:users")
public class StaffAdminView extends Main implements HasDynamicTitle {

    /** The status filter's choices. */
    enum Status { ACTIVE, INACTIVE, ALL }

    final TextField search = new TextField();
    final Select<Optional<Role>> roleFilter = new Select<>();
    final Select<Status> statusFilter = new Select<>();
    final Button add = new Button();
    final Button importCsv = new Button();
    final Grid<StaffMember> grid = new Grid<>();
    final Span count = new Span();
    private final StaffService staff;
    private final @Nullable InvitationLinks invitations;
    private final LoginThrottle throttle;
    private final SchoolAccountLinks links;
    private final SchoolAccountOptions accounts;
    private final Clock clock;
    /** Accounts and addresses locked after too many failed logins, each with a button to lift the lock. */
    final Div locks = new Div();

    StaffAdminView(StaffService staff, ObjectProvider<InvitationLinks> invitations, LoginThrottle throttle,
            SchoolAccountLinks links, SchoolAccountOptions accounts, Clock clock) {
        this.staff = staff;
        this.clock = clock;
        this.links = links;
        this.accounts = accounts;
        this.invitations = invitations.getIfAvailable();
        this.throttle = throttle;
        addClassName("page");
        setId("staff-admin");

        search.setPlaceholder(getTranslation("staff.search"));
        search.setAriaLabel(getTranslation("staff.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());

        roleFilter.setLabel(getTranslation("staff.filter.role"));
        roleFilter.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(Optional.<Role>empty()),
                java.util.Arrays.stream(Role.values()).map(Optional::of)).toList());
        roleFilter.setItemLabelGenerator(role -> role.map(r -> getTranslation(r.labelKey()))
                .orElse(getTranslation("staff.filter.all-roles")));
        roleFilter.setValue(Optional.empty());
        roleFilter.addValueChangeListener(change -> refresh());

        statusFilter.setLabel(getTranslation("staff.filter.status"));
        statusFilter.setItems(Status.values());
        statusFilter.setItemLabelGenerator(status -> getTranslation("staff.filter.status." + status.name()));
        statusFilter.setValue(Status.ACTIVE);
        statusFilter.addValueChangeListener(change -> refresh());

        add.setText(getTranslation("staff.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> new PersonDialog(staff, links, accounts, null, SchoolTime.today(clock), this::afterChange).open());

        importCsv.setText(getTranslation("staff.import"));
        importCsv.setIcon(VaadinIcon.UPLOAD.create());
        importCsv.addClickListener(click -> new ImportDialog(staff, this::afterChange).open());

        var export = new Anchor(DownloadHandler.fromInputStream(download -> {
            var bytes = staff.exportCsv();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "personeel-" + SchoolTime.today(clock) + ".csv",
                    "text/csv;charset=UTF-8", bytes.length);
        }), "");
        export.add(new Button(getTranslation("staff.export"), VaadinIcon.DOWNLOAD.create()));
        export.setId("staff-export");

        var filters = new Div(search, roleFilter, statusFilter);
        filters.addClassName("toolbar");
        var actions = new Div(add, importCsv, export);
        actions.addClassName("toolbar");

        configureGrid();
        locks.setId("login-locks");
        add(new H1(getTranslation("staff.title")), locks, actions, filters, count, grid);
        refresh();
        showLocks();
    }

    /** Only while something is locked: who or which address, until when, and "Blokkade opheffen". */
    void showLocks() {
        locks.removeAll();
        var current = throttle.locks();
        locks.setVisible(!current.isEmpty());
        if (current.isEmpty()) {
            return;
        }
        locks.add(new H2(getTranslation("staff.locks.title")), new Paragraph(getTranslation("staff.locks.intro")));
        for (var lock : current) {
            var until = DateTexts.time(lock.until(), getLocale());
            var text = new Span(getTranslation(lock.account() ? "staff.locks.account" : "staff.locks.address",
                    lock.who(), until));
            var lift = new Button(getTranslation("staff.locks.lift"), click -> {
                throttle.unlock(lock.key());
                Notification.show(getTranslation("staff.locks.lifted", lock.who()), 4000, Notification.Position.TOP_CENTER);
                showLocks();
            });
            lift.addThemeVariants(ButtonVariant.LUMO_SMALL);
            var row = new Div(text, lift);
            row.addClassName("toolbar");
            locks.add(row);
        }
    }

    private void configureGrid() {
        grid.addColumn(StaffMember::fullName).setHeader(getTranslation("staff.column.name")).setSortable(true)
                .setFlexGrow(2).setKey("name");
        grid.addColumn(StaffMember::email).setHeader(getTranslation("staff.column.email")).setFlexGrow(2).setKey("email");
        grid.addColumn(member -> RoleLabels.of(member, this)).setHeader(getTranslation("staff.column.roles"))
                .setFlexGrow(3).setKey("roles");
        grid.addColumn(member -> DateTexts.shortDate(member.startDate(), getLocale())).setHeader(getTranslation("staff.column.start"))
                .setKey("start");
        grid.addColumn(member -> member.endDate() == null ? "" : DateTexts.shortDate(member.endDate(), getLocale()))
                .setHeader(getTranslation("staff.column.end")).setKey("end");
        grid.addComponentColumn(member -> {
            var badge = new Span(getTranslation(member.active() ? "staff.status.active" : "staff.status.inactive"));
            badge.getElement().getThemeList().add(member.active() ? "badge success" : "badge contrast");
            return badge;
        }).setHeader(getTranslation("staff.column.status")).setKey("status");
        if (invitations != null) {
            grid.addComponentColumn(this::renewButton).setKey("invitation").setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.getColumns().forEach(column -> column.setResizable(true));
        grid.setEmptyStateText(getTranslation("staff.empty"));
        grid.addItemClickListener(click -> {
            // a click on a row the list has just dropped (the search narrowed it meanwhile) has no item
            if (click.getItem() != null) {
                new PersonDialog(staff, links, accounts, staff.get(click.getItem().id()), SchoolTime.today(clock),
                        this::afterChange).open();
            }
        });
    }

    /** For someone still without a password: a new invitation link (the older ones stop working). */
    private Component renewButton(StaffMember member) {
        var links = invitations;
        if (links == null || !member.active() || member.canLogIn()) {
            return new Span();
        }
        var renew = new Button(getTranslation("staff.invitation.renew"), VaadinIcon.ENVELOPE_O.create(),
                click -> new InvitationLinksDialog(List.of(links.renew(member.id()))).open());
        renew.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        // the row's own click opens the person dialog; this button should not
        renew.getElement().addEventListener("click", event -> { }).addEventData("event.stopPropagation()");
        return renew;
    }

    /** After adding, importing or editing: the list again, and the invitation links just made, shown once. */
    void afterChange() {
        refresh();
        if (invitations != null) {
            var fresh = invitations.takeFreshLinks();
            if (!fresh.isEmpty()) {
                new InvitationLinksDialog(fresh).open();
            }
        }
    }

    void refresh() {
        var status = statusFilter.getValue();
        @Nullable Boolean active = status == Status.ALL ? null : status == Status.ACTIVE;
        var members = staff.search(new StaffFilter(search.getValue(), roleFilter.getValue().orElse(null), active));
        grid.setItems(members);
        count.setText(getTranslation("staff.count", members.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.title") + " – " + getTranslation("app.name");
    }
}
