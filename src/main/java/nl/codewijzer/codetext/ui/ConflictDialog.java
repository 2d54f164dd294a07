package nl.codewijzer.codetext.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.codetext.DiffTable;
import nl.codewijzer.codetext.TextDiff;
import nl.codewijzer.codetext.VersionDetail;

/**
 * Someone saved a newer version while you were editing. Shows their text against yours and lets you
 * merge by hand (keep your text, continue on top of theirs) or load theirs (your text stays
 * visible to copy from). Never overwrites.
 */
class ConflictDialog extends Dialog {

    private Runnable onMerge = () -> { };
    private Runnable onReload = () -> { };

    ConflictDialog(VersionDetail theirs, String mine, TextDiff.Comparison diff) {
        setId("conflict-dialog");
        setHeaderTitle(getTranslation("conflict.title"));
        setWidth("min(72rem, 100vw)");
        add(new Paragraph(getTranslation("conflict.explain", theirs.summary().authorName(),
                Dates.dateTime(this, theirs.summary().createdAt()), theirs.number(), theirs.summary().message())));
        if (!theirs.status().isEditable()) {
            add(new Paragraph(getTranslation("conflict.not-editable", theirs.number(), getTranslation(theirs.status().labelKey()))));
        }
        var legend = new Paragraph(getTranslation("conflict.legend"));
        var view = new Div(new Html(sideBySideHtml(diff, this)));
        view.addClassName("diff-view");
        add(legend, view);
        var merge = new Button(getTranslation("conflict.merge"), click -> {
            close();
            onMerge.run();
        });
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        merge.setEnabled(theirs.status().isEditable());
        var reload = new Button(getTranslation("conflict.reload"), click -> {
            close();
            onReload.run();
        });
        getFooter().add(reload, merge);
    }

    void onMerge(Runnable action) {
        this.onMerge = action;
    }

    void onReload(Runnable action) {
        this.onReload = action;
    }

    /** Their text (left) against yours (right), only the changes with a little context. */
    static String sideBySideHtml(TextDiff.Comparison diff, com.vaadin.flow.component.Component context) {
        return DiffTable.html(diff, DiffTable.Layout.SIDE_BY_SIDE, false,
                hidden -> context.getTranslation("compare.folded", hidden));
    }
}
