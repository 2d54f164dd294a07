package nl.codewijzer.codetext.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.codetext.CodeRoutes;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionSummary;
import nl.codewijzer.codetext.VersionTrail;

/** All versions of a code the reader may see, newest first; pick two to compare. */
@Route(CodeRoutes.HISTORY)
@PermitAll
public class HistoryView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    final Grid<VersionSummary> grid = new Grid<>();
    final Button compare = new Button();
    private final CodeTexts codeTexts;
    private final java.util.List<VersionTrail> trails;
    private String title = "";

    HistoryView(CodeTexts codeTexts, java.util.List<VersionTrail> trails) {
        this.codeTexts = codeTexts;
        this.trails = trails;
        addClassName("page");
        setId("history");
    }

    @Override
    public void setParameter(BeforeEvent event, Long codeId) {
        var code = codeTexts.code(codeId);
        title = code.title();
        removeAll();
        add(new H1(getTranslation("history.title", code.title())), new Paragraph(getTranslation(
                codeTexts.canReadDrafts() ? "history.intro.all" : "history.intro.adopted")));

        grid.removeAllColumns();
        grid.addColumn(VersionSummary::number).setHeader(getTranslation("history.column.version")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(version -> new StatusBadge(version.status())).setHeader(getTranslation("history.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(VersionSummary::authorName).setHeader(getTranslation("history.column.author"));
        grid.addColumn(version -> Dates.dateTime(this, version.createdAt())).setHeader(getTranslation("history.column.date"));
        grid.addColumn(VersionSummary::message).setHeader(getTranslation("history.column.message")).setFlexGrow(3);
        grid.addColumn(version -> version.source() == null ? "" : version.source())
                .setHeader(getTranslation("history.column.source"));
        var steps = trails.stream().flatMap(trail -> trail.stepsOf(codeId).stream())
                .collect(java.util.stream.Collectors.groupingBy(VersionTrail.Step::versionId));
        if (!steps.isEmpty()) {
            grid.addComponentColumn(version -> {
                var links = new Div();
                steps.getOrDefault(version.id(), java.util.List.of()).forEach(step ->
                        links.add(new com.vaadin.flow.component.html.Anchor(step.route(), getTranslation(step.labelKey()))));
                return links;
            }).setHeader(getTranslation("history.column.trail")).setKey("trail");
        }
        grid.getColumns().forEach(column -> column.setResizable(true));
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        var versions = codeTexts.history(codeId);
        grid.setItems(versions);
        grid.setEmptyStateText(getTranslation("history.empty"));
        grid.addItemDoubleClickListener(click -> open(click.getItem()));

        compare.setText(getTranslation("history.compare"));
        compare.setIcon(VaadinIcon.EXCHANGE.create());
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compare.setEnabled(false);
        grid.addSelectionListener(selection -> compare.setEnabled(selection.getAllSelectedItems().size() == 2));
        compare.addClickListener(click -> {
            var chosen = grid.getSelectedItems().stream().sorted(Comparator.comparingInt(VersionSummary::number)).toList();
            if (chosen.size() == 2) {
                CompareView.open(this, codeId, chosen.get(0).number(), chosen.get(1).number());
            }
        });
        var open = new Button(getTranslation("history.open"), VaadinIcon.EYE.create(), click ->
                grid.getSelectedItems().stream().findFirst().ifPresent(this::open));
        var actions = new Div(compare, open);
        actions.addClassName("toolbar");
        add(new Paragraph(getTranslation("history.how")), actions, grid);
    }

    private void open(VersionSummary version) {
        getUI().ifPresent(ui -> ui.navigate(VersionView.class, version.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("history.title", title) + " – " + getTranslation("app.name");
    }
}
