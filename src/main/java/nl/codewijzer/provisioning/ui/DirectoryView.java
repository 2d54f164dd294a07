package nl.codewijzer.provisioning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.codewijzer.base.PublicAddress;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.base.ui.LocalizedComponents;
import nl.codewijzer.provisioning.GoogleWorkspaceImport;
import nl.codewijzer.provisioning.GoogleWorkspaceImport.Action;
import nl.codewijzer.provisioning.GoogleWorkspaceImport.Line;
import nl.codewijzer.provisioning.GoogleWorkspaceImport.Plan;
import nl.codewijzer.provisioning.ScimTokens;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.InvitationLink;
import nl.codewijzer.staff.InvitationLinks;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The school's directory, for the beheerder: the tenant URL and secret token that Microsoft Entra
 * ID's provisioning needs. A token is shown once, right after it is made; only its hash is kept, so
 * a lost token is replaced, never shown again. Making a new one or revoking stops the old one at once.
 * For Google schools, the user export of the Google Admin console: a dry run per line first, then
 * "Doorvoeren" (see {@link GoogleWorkspaceImport}).
 */
@Route("beheer/personeelskoppeling")
@RolesAllowed(Role.Names.BEHEERDER)
@Menu(title = "nav.directory", order = 80.5, icon = "vaadin:connect")
public class DirectoryView extends Main implements HasDynamicTitle {

    final TextField tenantUrl = new TextField();
    final Paragraph tokenStatus = new Paragraph();
    final Button generate = new Button();
    final Button revoke = new Button();
    /** The new token, shown once right after it was made. */
    final TextField newToken = new TextField();
    final Div newTokenBox = new Div();
    private final ScimTokens tokens;

    final Upload googleUpload;
    final Paragraph googleFileMessage = new Paragraph();
    final CheckboxGroup<String> googleUnits = new CheckboxGroup<>();
    final Paragraph googleSummary = new Paragraph();
    final Grid<Line> googleLines = new Grid<>();
    final Button googleApply = new Button();
    final Paragraph googleResult = new Paragraph();
    /** The links of the colleagues just added, for the beheerder to pass on when no mail server sends them. */
    final Grid<InvitationLink> googleInvitations = new Grid<>();
    private final GoogleWorkspaceImport google;
    private final @Nullable InvitationLinks invitations;
    private byte @Nullable [] googleFile;
    private @Nullable Plan googlePlan;

    DirectoryView(ScimTokens tokens, PublicAddress address, GoogleWorkspaceImport google,
            ObjectProvider<InvitationLinks> invitations) {
        this.tokens = tokens;
        this.google = google;
        this.invitations = invitations.getIfAvailable();
        addClassName("page");
        setId("directory");

        tenantUrl.setLabel(getTranslation("directory.scim.tenant-url"));
        tenantUrl.setReadOnly(true);
        tenantUrl.setValue(address.link("scim/v2"));
        tenantUrl.setWidthFull();
        tenantUrl.setHelperText(getTranslation("directory.scim.tenant-url.helper"));

        tokenStatus.setId("scim-token-status");
        tokenStatus.getElement().setAttribute("role", "status");
        generate.addClickListener(click -> {
            if (tokens.status().active()) {
                confirm("directory.scim.rotate.title", "directory.scim.rotate.text", "directory.scim.rotate",
                        this::makeToken);
            } else {
                makeToken();
            }
        });
        revoke.setText(getTranslation("directory.scim.revoke"));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.addClickListener(click -> confirm("directory.scim.revoke.title", "directory.scim.revoke.text",
                "directory.scim.revoke", () -> {
                    tokens.revoke();
                    newTokenBox.setVisible(false);
                    newToken.clear();
                    showStatus();
                }));

        newToken.setLabel(getTranslation("directory.scim.new-token"));
        newToken.setReadOnly(true);
        newToken.setWidthFull();
        newTokenBox.setId("scim-new-token");
        newTokenBox.add(newToken, new Paragraph(getTranslation("directory.scim.new-token.once")));
        newTokenBox.setVisible(false);

        var buttons = new Div(generate, revoke);
        buttons.addClassName("toolbar");
        var scim = new Section(new H2(getTranslation("directory.scim.title")),
                new Paragraph(getTranslation("directory.scim.intro")), tenantUrl, tokenStatus, buttons, newTokenBox);
        scim.setId("scim");

        // upload handlers run without the session lock, so the UI is taken from the component, then accessed
        googleUpload = LocalizedComponents.singleFileUpload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> readGoogleFile(bytes)))));
        googleUpload.setAcceptedFileTypes(".csv", "text/csv");
        googleUpload.setMaxFileSize(10 * 1024 * 1024);
        googleUpload.addFileRejectedListener(rejected -> showGoogleProblem(getTranslation("google.file.rejected")));
        googleFileMessage.addClassName("field-error");
        googleFileMessage.setVisible(false);
        googleUnits.setLabel(getTranslation("google.units"));
        googleUnits.setHelperText(getTranslation("google.units.helper"));
        googleUnits.setVisible(false);
        googleUnits.addValueChangeListener(change -> showGooglePlan());
        googleSummary.setId("google-summary");
        googleSummary.getElement().setAttribute("role", "status");
        googleLines.addColumn(Line::lineNumber).setHeader(getTranslation("google.column.line")).setKey("line")
                .setAutoWidth(true).setFlexGrow(0);
        googleLines.addColumn(Line::name).setHeader(getTranslation("google.column.name")).setKey("name");
        googleLines.addColumn(Line::email).setHeader(getTranslation("google.column.email")).setKey("email");
        googleLines.addColumn(Line::orgUnit).setHeader(getTranslation("google.column.unit")).setKey("unit");
        googleLines.addColumn(line -> getTranslation(line.messageKey(), line.args().toArray()))
                .setHeader(getTranslation("google.column.what")).setKey("what").setFlexGrow(3);
        googleLines.setPartNameGenerator(line -> line.action() == Action.ERROR ? "bad-row" : null);
        googleLines.setVisible(false);
        googleApply.setText(getTranslation("google.apply"));
        googleApply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        googleApply.setEnabled(false);
        googleApply.addClickListener(click -> applyGoogleFile());
        googleResult.getElement().setAttribute("role", "status");
        googleInvitations.addColumn(InvitationLink::fullName).setHeader(getTranslation("google.column.name"));
        googleInvitations.addColumn(link -> link.mailed() ? getTranslation("google.invitation.mailed") : link.url())
                .setHeader(getTranslation("google.invitation.link")).setFlexGrow(3);
        googleInvitations.setAllRowsVisible(true);
        googleInvitations.setVisible(false);
        var googleSection = new Section(new H2(getTranslation("google.title")), new Paragraph(getTranslation("google.intro")),
                googleUpload, googleFileMessage, googleUnits, googleSummary, googleApply, googleResult, googleInvitations,
                googleLines);
        googleSection.setId("google");

        add(new H1(getTranslation("directory.title")), scim, googleSection);
        showStatus();
    }

    /** A new file: its units to choose from (all when there is one), then the dry run. */
    void readGoogleFile(byte[] bytes) {
        googleUpload.clearFileList(); // so a corrected file can be chosen straight away
        googleFile = null;
        googleResult.setText("");
        googleInvitations.setVisible(false);
        googleFileMessage.setVisible(false);
        try {
            var plan = google.preview(bytes, Set.of());
            googleFile = bytes;
            googleUnits.setItems(plan.orgUnits().keySet());
            googleUnits.setItemLabelGenerator(unit -> getTranslation("google.unit", unit, plan.orgUnits().get(unit)));
            googleUnits.setVisible(true);
            googleUnits.setValue(plan.orgUnits().size() == 1 ? plan.orgUnits().keySet() : Set.of());
            showGooglePlan(); // also when the value stayed the same
        } catch (InvalidInput invalid) {
            googleUnits.setVisible(false);
            googleLines.setVisible(false);
            googleSummary.setText("");
            googleApply.setEnabled(false);
            var problem = invalid.problems().getFirst();
            showGoogleProblem(getTranslation(problem.messageKey(), problem.args().toArray()));
        }
    }

    private void showGooglePlan() {
        var file = googleFile;
        if (file == null) {
            return;
        }
        var plan = google.preview(file, chosenUnits());
        googlePlan = plan;
        googleLines.setItems(plan.lines());
        googleLines.setVisible(!plan.lines().isEmpty());
        if (googleUnits.getValue().isEmpty()) {
            googleSummary.setText(getTranslation("google.summary.choose-units"));
        } else {
            googleSummary.setText(getTranslation("google.summary", plan.count(Action.ADD), plan.count(Action.RENAME),
                    plan.count(Action.LEAVE), plan.count(Action.UNCHANGED), plan.count(Action.SKIPPED),
                    plan.count(Action.ERROR)));
        }
        googleApply.setEnabled(plan.applicable());
    }

    private void applyGoogleFile() {
        var file = googleFile;
        if (file == null || googlePlan == null) {
            return;
        }
        try {
            var result = google.apply(file, chosenUnits());
            FieldErrors.saved(this, "google.applied", result.added(), result.renamed(), result.left());
            googleResult.setText(getTranslation("google.applied", result.added(), result.renamed(), result.left()));
            var fresh = invitations == null ? List.<InvitationLink>of() : invitations.takeFreshLinks();
            googleInvitations.setItems(fresh);
            googleInvitations.setVisible(!fresh.isEmpty());
            showGooglePlan(); // the same file again: nothing left to do
        } catch (InvalidInput invalid) {
            var problem = invalid.problems().getFirst();
            showGoogleProblem(getTranslation(problem.messageKey(), problem.args().toArray()));
            showGooglePlan();
        }
    }

    private Set<String> chosenUnits() {
        return new LinkedHashSet<>(googleUnits.getValue());
    }

    private void showGoogleProblem(String message) {
        googleFileMessage.setText(message);
        googleFileMessage.setVisible(true);
    }

    private void makeToken() {
        newToken.setValue(tokens.generate());
        newTokenBox.setVisible(true);
        showStatus();
    }

    private void showStatus() {
        var status = tokens.status();
        if (status.active() && status.createdAt() != null) {
            var lastUse = status.lastUsedAt() == null ? getTranslation("directory.scim.never-used")
                    : Dates.dateTime(this, status.lastUsedAt());
            tokenStatus.setText(getTranslation("directory.scim.status.active", Dates.dateTime(this, status.createdAt()),
                    lastUse));
        } else {
            tokenStatus.setText(getTranslation("directory.scim.status.none"));
        }
        generate.setText(getTranslation(status.active() ? "directory.scim.rotate" : "directory.scim.generate"));
        generate.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (!status.active()) {
            generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        revoke.setVisible(status.active());
    }

    private void confirm(String title, String text, String action, Runnable work) {
        var dialog = new ConfirmDialog(getTranslation(title), getTranslation(text), getTranslation(action),
                yes -> work.run(), getTranslation("action.cancel"), no -> { });
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directory.title") + " – " + getTranslation("app.name");
    }
}
