package nl.codewijzer.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import nl.codewijzer.audit.AnchorReport;
import nl.codewijzer.audit.AuditEntry;
import nl.codewijzer.audit.AuditFilter;
import nl.codewijzer.audit.AuditPerson;
import nl.codewijzer.audit.AuditTrail;
import nl.codewijzer.audit.ChainReport;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.Translations;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.base.ui.LocalizedComponents;
import nl.codewijzer.security.Role;

/**
 * The audit trail for the beheerder: every recorded action, newest first, filtered by action,
 * person and days; a check of the whole hash chain; and a CSV export of what the filter shows.
 */
@Route("audit")
@RolesAllowed(Role.Names.BEHEERDER)
@Menu(title = "nav.audit", order = 87, icon = "vaadin:clipboard-check")
public class AuditView extends Main implements HasDynamicTitle {

    final ComboBox<String> action = new ComboBox<>();
    final ComboBox<AuditPerson> person = new ComboBox<>();
    final DatePicker from;
    final DatePicker to;
    final Button verify = new Button();
    final Button anchorNow = new Button();
    final Span verdict = new Span();
    final Span anchorVerdict = new Span();
    final Anchor exportAnchors;
    final Anchor export;
    final Span count = new Span();
    final Grid<AuditEntry> grid = new Grid<>();
    private final AuditTrail trail;
    private final Translations translations;
    private volatile AuditFilter filter = AuditFilter.ALL;
    /** How many rows match {@link #filter}. */
    private long rows;

    AuditView(AuditTrail trail, Translations translations, Clock clock) {
        this.trail = trail;
        this.translations = translations;
        addClassName("page");
        setId("audit");
        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems(trail.actions());
        action.setItemLabelGenerator(name -> labelOr(name, name));
        action.setClearButtonVisible(true);
        action.setPlaceholder(getTranslation("audit.filter.all"));
        action.addValueChangeListener(change -> refresh());

        person.setLabel(getTranslation("audit.filter.person"));
        person.setItems(trail.people());
        person.setItemLabelGenerator(AuditPerson::name);
        person.setClearButtonVisible(true);
        person.setPlaceholder(getTranslation("audit.filter.everyone"));
        person.addValueChangeListener(change -> refresh());

        from = LocalizedComponents.datePicker(getTranslation("audit.filter.from"));
        to = LocalizedComponents.datePicker(getTranslation("audit.filter.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());

        verify.setText(getTranslation("audit.verify"));
        verify.setIcon(VaadinIcon.CHECK_CIRCLE_O.create());
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickListener(click -> {
            var report = trail.verify();
            showVerdict(report);
            showAnchors(trail.anchors(report));
        });
        verdict.setId("audit-verdict");
        anchorVerdict.setId("audit-anchor-verdict");
        anchorNow.setText(getTranslation("audit.anchor.now"));
        anchorNow.setIcon(VaadinIcon.CLOCK.create());
        anchorNow.setId("audit-anchor-now");
        anchorNow.setVisible(trail.anchoring());
        anchorNow.addClickListener(click -> {
            try {
                var anchor = trail.anchorNow();
                FieldErrors.saved(this, "audit.anchor.done", anchor.seq(), Dates.dateTime(this, anchor.timestampedAt()),
                        anchor.authority());
            } catch (InvalidInput refused) {
                new FieldErrors().show(refused, this);
            }
        });

        export = new Anchor((DownloadHandler) event -> {
            var today = LocalDate.now(clock.withZone(SchoolTime.ZONE));
            event.setFileName(getTranslation("audit.export.file", today.toString()));
            event.setContentType("text/csv;charset=UTF-8");
            try (var out = event.getOutputStream()) {
                trail.exportCsv(filter, out);
            }
        }, "");
        export.add(new Button(getTranslation("audit.export"), VaadinIcon.DOWNLOAD.create()));
        export.setId("audit-export");

        exportAnchors = new Anchor((DownloadHandler) event -> {
            var today = LocalDate.now(clock.withZone(SchoolTime.ZONE));
            event.setFileName(getTranslation("audit.anchor.export.file", today.toString()));
            event.setContentType("text/csv;charset=UTF-8");
            try (var out = event.getOutputStream()) {
                trail.exportAnchorsCsv(out);
            }
        }, "");
        exportAnchors.add(new Button(getTranslation("audit.anchor.export"), VaadinIcon.DOWNLOAD.create()));
        exportAnchors.setId("audit-export-anchors");

        configureGrid();
        var actions = new Div(verify, anchorNow, export, exportAnchors);
        actions.addClassName("toolbar");
        var filters = new Div(action, person, from, to);
        filters.addClassName("toolbar");
        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")), actions, verdict,
                anchorVerdict, filters, count, grid);
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(AuditEntry::seq).setHeader(getTranslation("audit.column.seq")).setKey("seq")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> Dates.dateTime(this, entry.occurredAt())).setHeader(getTranslation("audit.column.time"))
                .setKey("time").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.actorName() == null ? getTranslation("audit.actor.erased") : entry.actorName())
                .setHeader(getTranslation("audit.column.actor")).setKey("actor").setFlexGrow(1);
        grid.addColumn(entry -> labelOr(entry.action(), entry.action())).setHeader(getTranslation("audit.column.action"))
                .setKey("action").setFlexGrow(1);
        grid.addColumn(entry -> objectLabel(entry)).setHeader(getTranslation("audit.column.object")).setKey("object")
                .setFlexGrow(1);
        grid.addColumn(entry -> entry.subjectName() == null ? "" : entry.subjectName())
                .setHeader(getTranslation("audit.column.subject")).setKey("subject").setFlexGrow(1);
        grid.addColumn(AuditEntry::details).setHeader(getTranslation("audit.column.details")).setKey("details")
                .setFlexGrow(3);
        grid.getColumns().forEach(column -> column.setResizable(true));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setItems(query -> trail.page(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, rows));
    }

    private String objectLabel(AuditEntry entry) {
        var type = labelOr("audit.object." + entry.objectType(), entry.objectType());
        return entry.objectId().isEmpty() ? type : type + " " + entry.objectId();
    }

    /**
     * Actions and object types come from every module, also ones written later: those without a
     * text in the bundle are shown as recorded, not as a missing-text marker.
     */
    private String labelOr(String key, String recorded) {
        return translations.getTranslationOr(key, getLocale(), recorded);
    }

    void refresh() {
        to.setInvalid(false);
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            FieldErrors.showAt(to, getTranslation("audit.error.to-before-from"));
            return;
        }
        var chosen = person.getValue();
        filter = new AuditFilter(action.getValue(), chosen == null ? null : chosen.id(), from.getValue(), to.getValue());
        // counted once per filter, for the label and the grid alike (a count may scan the whole trail)
        rows = trail.count(filter);
        count.setText(getTranslation("audit.count", rows));
        grid.getDataProvider().refreshAll();
    }

    private void showVerdict(ChainReport report) {
        verdict.getElement().getThemeList().clear();
        if (report.intact()) {
            verdict.setText(getTranslation("audit.verify.intact", report.checked()) + " "
                    + getTranslation("audit.verify.head", report.lastSeq(), report.lastHash()));
            verdict.getElement().getThemeList().add("badge success");
        } else {
            var broken = java.util.Objects.requireNonNull(report.broken());
            verdict.setText(getTranslation("audit.verify.broken", broken.seq(),
                    getTranslation(broken.reason().messageKey())));
            verdict.getElement().getThemeList().add("badge error");
        }
        if (report.pending() > 0) {
            verdict.setText(verdict.getText() + " " + getTranslation("audit.verify.pending", report.pending()));
        }
    }

    /** "Row M's head was timestamped at T by X" for the newest confirmed anchor, and the first anchor the chain contradicts. */
    private void showAnchors(AnchorReport report) {
        anchorVerdict.getElement().getThemeList().clear();
        var parts = new java.util.ArrayList<String>();
        if (report.anchors() == 0) {
            parts.add(getTranslation("audit.anchor.none"));
        }
        if (report.lastConfirmed() != null) {
            var anchor = report.lastConfirmed();
            parts.add(getTranslation("audit.anchor.confirmed", anchor.seq(), Dates.dateTime(this, anchor.timestampedAt()),
                    anchor.authority()));
        }
        if (report.contradicted() != null) {
            var anchor = report.contradicted();
            parts.add(getTranslation("audit.anchor.contradicted", anchor.seq(),
                    Dates.dateTime(this, anchor.timestampedAt()), anchor.authority()));
        }
        if (report.unreadable() > 0) {
            parts.add(getTranslation("audit.anchor.unreadable", report.unreadable()));
        }
        anchorVerdict.setText(String.join(" ", parts));
        boolean bad = report.contradicted() != null || report.unreadable() > 0;
        anchorVerdict.getElement().getThemeList().add(bad ? "badge error" : "badge");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " – " + getTranslation("app.name");
    }
}
