package nl.codewijzer.codetext.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import nl.codewijzer.codetext.CodeRoutes;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.DiffTable;
import nl.codewijzer.codetext.TextDiff;
import nl.codewijzer.codetext.VersionComparison;
import nl.codewijzer.codetext.VersionSummary;

/**
 * Two versions side by side or inline, with the changed words highlighted inside changed lines.
 * The diff HTML is built from escaped text only (see {@link TextDiff}), so it is safe as is.
 */
@Route(CodeRoutes.COMPARE)
@PermitAll
public class CompareView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /**
     * Side by side or inline. A radio group, not a tab bar: the choice changes how one table is laid
     * out, there are no tab panels (a tab bar without them is what axe-core flagged, issue 18 item 6).
     */
    final RadioButtonGroup<DiffTable.Layout> mode = new RadioButtonGroup<>();
    final Div result = new Div();
    final com.vaadin.flow.component.checkbox.Checkbox wholeText = new com.vaadin.flow.component.checkbox.Checkbox();
    private final CodeTexts codeTexts;
    private String title = "";
    private @org.jspecify.annotations.Nullable VersionComparison shown;

    CompareView(CodeTexts codeTexts) {
        this.codeTexts = codeTexts;
        addClassName("page");
        setId("compare");
        mode.setLabel(getTranslation("compare.layout"));
        mode.setItems(DiffTable.Layout.SIDE_BY_SIDE, DiffTable.Layout.INLINE);
        mode.setItemLabelGenerator(layout -> getTranslation(
                layout == DiffTable.Layout.INLINE ? "compare.inline" : "compare.side-by-side"));
        mode.setValue(DiffTable.Layout.SIDE_BY_SIDE);
        mode.addValueChangeListener(change -> {
            if (shown != null) {
                render(shown);
            }
        });
        result.addClassName("diff-view");
        wholeText.setLabel(getTranslation("compare.whole-text"));
        wholeText.addValueChangeListener(change -> {
            if (shown != null) {
                render(shown);
            }
        });
    }

    /** Opens the comparison of two version numbers of a code. */
    static void open(Component from, long codeId, int fromNumber, int toNumber) {
        from.getUI().ifPresent(ui -> ui.navigate(CompareView.class, new QueryParameters(Map.of(
                "code", java.util.List.of(String.valueOf(codeId)),
                "van", java.util.List.of(String.valueOf(fromNumber)),
                "naar", java.util.List.of(String.valueOf(toNumber))))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        try {
            long codeId = Long.parseLong(query.getSingleParameter("code").orElseThrow());
            int from = Integer.parseInt(query.getSingleParameter("van").orElseThrow());
            int to = Integer.parseInt(query.getSingleParameter("naar").orElseThrow());
            show(codeId, codeTexts.compare(codeId, from, to));
        } catch (NumberFormatException | java.util.NoSuchElementException malformed) {
            removeAll();
            add(new H1(getTranslation("compare.title")), new Paragraph(getTranslation("compare.bad-link")));
        }
    }

    private void show(long codeId, VersionComparison comparison) {
        removeAll();
        var from = comparison.from();
        var to = comparison.to();
        title = getTranslation("compare.heading", from.number(), to.number());
        add(new H1(title));

        var history = codeTexts.history(codeId);
        var fromSelect = versionSelect("compare.from", history, from);
        var toSelect = versionSelect("compare.to", history, to);
        fromSelect.addValueChangeListener(change -> open(this, codeId, change.getValue().number(), toSelect.getValue().number()));
        toSelect.addValueChangeListener(change -> open(this, codeId, fromSelect.getValue().number(), change.getValue().number()));
        var pickers = new Div(fromSelect, toSelect);
        pickers.addClassName("toolbar");

        var diff = comparison.diff();
        var summary = new Paragraph(diff.identical() ? getTranslation("compare.identical")
                : getTranslation("compare.summary", diff.changedLines(), diff.addedLines(), diff.removedLines()));
        summary.setId("compare-summary");
        var sections = new Paragraph();
        sections.setId("changed-sections");
        if (!comparison.changedSections().isEmpty()) {
            sections.setText(getTranslation("compare.changed-sections", String.join("; ", comparison.changedSections()
                    .stream().map(heading -> heading.isEmpty() ? getTranslation("compare.introduction") : heading).toList())));
        }
        sections.setVisible(!comparison.changedSections().isEmpty());

        var legend = new Div(new Span(getTranslation("compare.legend")), legendItem("diff-del", "compare.legend.removed"),
                legendItem("diff-ins", "compare.legend.added"));
        legend.addClassName("diff-legend");
        add(pickers, summary, sections, legend, new Div(mode, wholeText), result);
        shown = comparison;
        render(comparison);
    }

    private Span legendItem(String className, String key) {
        var item = new Span(getTranslation(key));
        item.addClassName(className);
        return item;
    }

    private Select<VersionSummary> versionSelect(String labelKey, java.util.List<VersionSummary> versions,
            VersionSummary selected) {
        var select = new Select<VersionSummary>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(versions);
        select.setItemLabelGenerator(version -> getTranslation("version.number", version.number()) + " · "
                + getTranslation(version.status().labelKey()));
        versions.stream().filter(version -> version.id() == selected.id()).findFirst().ifPresent(select::setValue);
        return select;
    }

    private void render(VersionComparison comparison) {
        result.removeAll();
        var layout = mode.getValue() == DiffTable.Layout.INLINE ? DiffTable.Layout.INLINE : DiffTable.Layout.SIDE_BY_SIDE;
        result.add(new Html(DiffTable.html(comparison.diff(), layout, wholeText.getValue(),
                hidden -> getTranslation("compare.folded", hidden))));
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("compare.title") : title) + " – " + getTranslation("app.name");
    }
}
