package nl.codewijzer.operations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.operations.Backups;
import nl.codewijzer.security.Role;

/**
 * Backups for the beheerder: the ones kept (nightly, and made here), and a button that makes one
 * now, e.g. before an update. On PostgreSQL it says that the database server's backup applies.
 */
@Route("beheer/backups")
@RolesAllowed(Role.Names.BEHEERDER)
@Menu(title = "nav.backups", order = 87.5, icon = "vaadin:archive")
public class BackupView extends Main implements HasDynamicTitle {

    final Button backUpNow = new Button();
    final Span result = new Span();
    final Grid<Backups.Backup> grid = new Grid<>();
    private final Backups backups;

    BackupView(Backups backups) {
        this.backups = backups;
        addClassName("page");
        setId("backups");
        add(new H1(getTranslation("backup.title")));
        if (!backups.available()) {
            add(new Paragraph(getTranslation("backup.intro.external")));
            return;
        }
        add(new Paragraph(getTranslation("backup.intro", backups.folder())));
        backUpNow.setText(getTranslation("backup.now"));
        backUpNow.addThemeVariants(ButtonVariant.PRIMARY);
        backUpNow.setDisableOnClick(true);
        backUpNow.addClickListener(click -> backUp());
        result.setId("backup-result");
        result.getElement().setAttribute("role", "status");
        grid.setId("backup-list");
        grid.addColumn(Backups.Backup::name).setHeader(getTranslation("backup.file")).setFlexGrow(1);
        grid.addColumn(backup -> Dates.dateTime(this, backup.writtenAt())).setHeader(getTranslation("backup.written"))
                .setAutoWidth(true);
        grid.addColumn(backup -> getTranslation("backup.size", Math.max(1, backup.bytes() / 1024)))
                .setHeader(getTranslation("backup.size.header")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setItems(backups.backups());
        add(backUpNow, result, grid);
    }

    private void backUp() {
        try {
            var written = backups.backUpNow();
            result.setText(getTranslation("backup.done", written.name()));
            grid.setItems(backups.backups());
        } catch (InvalidInput refused) {
            result.setText(getTranslation(refused.problems().getFirst().messageKey()));
        } finally {
            backUpNow.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backup.title") + " – " + getTranslation("app.name");
    }
}
