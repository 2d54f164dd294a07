package nl.codewijzer.signing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.base.ui.Downloads;
import nl.codewijzer.security.Role;
import nl.codewijzer.signing.AdoptedCodeArchive;
import nl.codewijzer.signing.CampaignOverview;
import nl.codewijzer.signing.CampaignOverview.OutstandingLine;
import nl.codewijzer.signing.CampaignOverview.RoleCount;
import nl.codewijzer.signing.CampaignOverview.SignedLine;
import nl.codewijzer.signing.CampaignSummary;
import nl.codewijzer.signing.ReminderResult;
import nl.codewijzer.signing.PaperSignatures;
import nl.codewijzer.signing.SigningCampaigns;
import org.jspecify.annotations.Nullable;

/**
 * The coördinator's and the schoolleiding's view of the signing of the active version: how many
 * signed, are outstanding and are late, per role; who is outstanding, with a reminder for one or
 * for all (at most one per person per day); who signed; the register as CSV or sealed PDF and the
 * adopted code; and the campaigns of earlier versions.
 */
@Route(SigningCampaigns.ROUTE)
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.SCHOOLLEIDING})
@Menu(title = "nav.signing", order = 30, icon = "vaadin:clipboard-check")
public class CampaignView extends Main implements HasDynamicTitle {

    final Select<CampaignSummary> campaign = new Select<>();
    final Div summary = new Div();
    final ProgressBar progress = new ProgressBar();
    final Grid<RoleCount> perRole = new Grid<>();
    final Grid<OutstandingLine> outstanding = new Grid<>();
    final Grid<SignedLine> signed = new Grid<>();
    final Grid<CampaignSummary> history = new Grid<>();
    final Button remindAll = new Button();
    final Div exports = new Div();
    private final Div current = new Div();
    private final SigningCampaigns campaigns;
    private final AdoptedCodeArchive archive;
    private final PaperSignatures paper;
    private @Nullable CampaignOverview shown;

    CampaignView(SigningCampaigns campaigns, PaperSignatures paper, AdoptedCodeArchive archive) {
        this.campaigns = campaigns;
        this.archive = archive;
        this.paper = paper;
        addClassName("page");
        setId("signing-campaign");
        add(new H1(getTranslation("signing.campaign.title")));

        campaign.setLabel(getTranslation("signing.campaign.code"));
        campaign.setItemLabelGenerator(item -> getTranslation("signing.campaign.code.item", item.codeTitle(),
                item.versionNumber()));
        campaign.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(change.getValue().versionId());
            }
        });
        summary.setId("campaign-summary");
        summary.addClassName("campaign-summary");
        progress.setId("campaign-progress");
        // a progress bar needs a name of its own for a screen reader (axe: aria-progressbar-name)
        progress.getElement().setAttribute("aria-label", getTranslation("signing.campaign.progress"));

        perRole.addColumn(count -> getTranslation(count.role().labelKey())).setHeader(getTranslation("signing.campaign.role"))
                .setFlexGrow(2);
        perRole.addColumn(RoleCount::signed).setHeader(getTranslation("signing.campaign.signed")).setAutoWidth(true);
        perRole.addColumn(RoleCount::outstanding).setHeader(getTranslation("signing.campaign.outstanding")).setAutoWidth(true);
        perRole.addColumn(RoleCount::overdue).setHeader(getTranslation("signing.campaign.overdue")).setAutoWidth(true);
        perRole.setAllRowsVisible(true);
        perRole.setId("campaign-per-role");

        outstanding.addColumn(OutstandingLine::name).setHeader(getTranslation("signing.campaign.name")).setFlexGrow(2);
        outstanding.addColumn(line -> line.roles().stream().sorted().map(role -> getTranslation(role.labelKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("signing.campaign.roles")).setFlexGrow(2);
        outstanding.addColumn(line -> Dates.date(this, line.dueDate())).setHeader(getTranslation("signing.campaign.due"))
                .setAutoWidth(true);
        outstanding.addComponentColumn(line -> {
            var status = new Span(getTranslation(line.overdue() ? "signing.status.overdue" : "signing.status.open"));
            status.getElement().getThemeList().add(line.overdue() ? "badge error" : "badge");
            if (!line.questionAsked()) {
                return status;
            }
            // a question waits for its answer (decision 0044): the coördinator answers before reminding
            var asked = new Span(getTranslation("signing.status.question-asked"));
            asked.getElement().getThemeList().add("badge contrast");
            asked.setId("question-asked-" + line.personId());
            var both = new Span(status, new Span(" "), asked);
            return both;
        }).setHeader(getTranslation("signing.campaign.status")).setAutoWidth(true);
        outstanding.addColumn(line -> line.lastReminded() == null ? ""
                        : getTranslation("signing.campaign.reminded.line", Dates.date(this, line.lastReminded()),
                                line.reminders()))
                .setHeader(getTranslation("signing.campaign.reminded")).setAutoWidth(true);
        outstanding.addComponentColumn(line -> {
            var remind = new Button(getTranslation("signing.campaign.remind"), VaadinIcon.BELL_O.create(),
                    click -> remind(() -> campaigns.remind(shownVersion(), line.personId())));
            remind.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remind.setId("remind-" + line.personId());
            return remind;
        }).setAutoWidth(true).setFlexGrow(0);
        outstanding.addComponentColumn(line -> {
            var onPaper = new Button(getTranslation("signing.paper.record"), VaadinIcon.FILE_TEXT.create(),
                    click -> new PaperSignatureDialog(paper, shownVersion(), line, () -> show(shownVersion())).open());
            onPaper.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            onPaper.setId("paper-" + line.personId());
            return onPaper;
        }).setAutoWidth(true).setFlexGrow(0);
        outstanding.setAllRowsVisible(true);
        outstanding.setId("campaign-outstanding");

        signed.addColumn(SignedLine::name).setHeader(getTranslation("signing.campaign.name")).setFlexGrow(2);
        signed.addColumn(line -> Dates.dateTime(this, line.signedAt())).setHeader(getTranslation("signing.campaign.signed-at"))
                .setAutoWidth(true);
        signed.addColumn(line -> line.carriedFromVersion() != null
                        ? getTranslation("signing.campaign.carried", line.carriedFromVersion())
                        : line.resigned() ? getTranslation("signing.campaign.resigned") : "")
                .setHeader(getTranslation("signing.campaign.kind")).setAutoWidth(true);
        signed.addComponentColumn(line -> {
            var open = new Button(getTranslation("signing.campaign.receipt"), VaadinIcon.FILE_TEXT_O.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(ReceiptView.class, line.signatureId())));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
        signed.setAllRowsVisible(true);
        signed.setId("campaign-signed");

        history.addColumn(item -> getTranslation("signing.campaign.code.item", item.codeTitle(), item.versionNumber()))
                .setHeader(getTranslation("signing.campaign.version")).setFlexGrow(2);
        history.addColumn(item -> Dates.date(this, item.adoptedAt())).setHeader(getTranslation("signing.campaign.adopted"))
                .setAutoWidth(true);
        history.addColumn(item -> item.endedAt() == null ? "" : Dates.date(this, item.endedAt()))
                .setHeader(getTranslation("signing.campaign.ended")).setAutoWidth(true);
        history.addColumn(item -> getTranslation("signing.campaign.history.tally", item.signed(), item.asked(),
                item.percent())).setHeader(getTranslation("signing.campaign.signed")).setAutoWidth(true);
        history.addComponentColumn(item -> new Div(csv(item.versionId(), item.versionNumber()),
                registerPdf(item.versionId(), item.versionNumber()))).setAutoWidth(true).setFlexGrow(0);
        history.setAllRowsVisible(true);
        history.setId("campaign-history");

        remindAll.setText(getTranslation("signing.campaign.remind-all"));
        remindAll.setIcon(VaadinIcon.BELL.create());
        remindAll.setId("remind-all");
        remindAll.addClickListener(click -> remind(() -> campaigns.remindAll(shownVersion())));
        exports.addClassName("toolbar");
        exports.setId("campaign-exports");

        var active = campaigns.activeCampaigns();
        if (active.isEmpty()) {
            var none = new Paragraph(getTranslation("signing.campaign.none"));
            none.setId("campaign-none");
            add(none);
        } else {
            campaign.setItems(active);
            campaign.setVisible(active.size() > 1);
            add(campaign, current);
            campaign.setValue(active.getFirst());
        }
        var earlier = campaigns.history();
        if (!earlier.isEmpty()) {
            history.setItems(earlier);
            add(new H2(getTranslation("signing.campaign.history")), history);
        }
    }

    /** Shows the campaign of one version (also used by tests to pick one). */
    void show(long versionId) {
        var overview = campaigns.overview(versionId);
        shown = overview;
        var numbers = overview.summary();
        current.removeAll();
        summary.removeAll();
        summary.add(new H2(getTranslation("signing.campaign.code.item", numbers.codeTitle(), numbers.versionNumber())));
        summary.add(new Paragraph(getTranslation("signing.campaign.adopted-on", Dates.date(this, numbers.adoptedAt()))
                + (numbers.consentDate() == null ? ""
                        : " " + getTranslation("signing.campaign.consent-on", Dates.date(this, numbers.consentDate())))));
        var audience = campaigns.audience(versionId);
        summary.add(new Paragraph(getTranslation("signing.campaign.audience", audience.isEmpty()
                ? getTranslation("signing.audience.all")
                : String.join(", ", audience.stream().map(key -> getTranslation(key)).toList()))));
        campaigns.redactional(versionId).ifPresent(change -> {
            var redactional = new Paragraph(getTranslation("signing.campaign.redactional", change.replacedVersionNumber(),
                    change.reason()));
            redactional.setId("campaign-redactional");
            summary.add(redactional);
        });
        progress.setValue(numbers.progress());
        var tally = new Paragraph(getTranslation("signing.campaign.tally", numbers.signed(), numbers.asked(),
                numbers.percent()));
        tally.setId("campaign-tally");
        var counts = new Div(count("signing.campaign.signed", numbers.signed(), "signed"),
                count("signing.campaign.outstanding", numbers.outstanding(), "outstanding"),
                count("signing.campaign.overdue", numbers.overdue(), "overdue"));
        counts.addClassName("campaign-counts");
        summary.add(tally, progress, counts);
        if (numbers.dropped() > 0) {
            summary.add(new Paragraph(getTranslation("signing.campaign.dropped", numbers.dropped())));
        }
        perRole.setItems(overview.perRole());
        outstanding.setItems(overview.outstanding());
        signed.setItems(overview.signed());
        exports.removeAll();
        exports.add(csv(numbers.versionId(), numbers.versionNumber()), registerPdf(numbers.versionId(),
                numbers.versionNumber()), adoptedCodePdf(numbers.versionId(), numbers.versionNumber()));
        if (campaigns.sealing()) {
            exports.add(archivedCopy(numbers.versionId(), numbers.versionNumber()));
        }

        // the downloads first: the register is what a school comes here for, not a scroll past every signer
        current.add(summary, new H2(getTranslation("signing.campaign.exports")), new Paragraph(getTranslation(campaigns.sealing()
                ? "signing.campaign.exports.sealed" : "signing.campaign.exports.unsealed")), exports,
                new H2(getTranslation("signing.campaign.per-role")), perRole);
        var outstandingHeading = new Div(new H2(getTranslation("signing.campaign.outstanding-list",
                overview.outstanding().size())));
        outstandingHeading.addClassName("section-heading");
        if (!overview.outstanding().isEmpty()) {
            outstandingHeading.add(remindAll);
        }
        current.add(outstandingHeading);
        if (overview.outstanding().isEmpty()) {
            current.add(new Paragraph(getTranslation("signing.campaign.all-signed")));
        } else {
            current.add(new Paragraph(getTranslation("signing.campaign.remind.rule")), outstanding);
        }
        current.add(new H2(getTranslation("signing.campaign.signed-list", overview.signed().size())), signed);
    }

    private long shownVersion() {
        var overview = shown;
        if (overview == null) {
            throw new IllegalStateException("No campaign shown");
        }
        return overview.summary().versionId();
    }

    private void remind(Supplier<ReminderResult> action) {
        ReminderFeedback.remind(this, action, () -> show(shownVersion()));
    }

    private Div count(String labelKey, int number, String kind) {
        var value = new Span(String.valueOf(number));
        value.addClassName("count-value");
        var box = new Div(value, new Span(getTranslation(labelKey)));
        box.addClassName("count");
        box.addClassName("count-" + kind);
        box.setId("count-" + kind);
        return box;
    }

    private Component csv(long versionId, int number) {
        return download("signing.campaign.csv", VaadinIcon.TABLE, "register-v" + number + ".csv", "text/csv",
                () -> campaigns.registerCsv(versionId), "register-csv-" + versionId);
    }

    private Component registerPdf(long versionId, int number) {
        return download("signing.campaign.register-pdf", VaadinIcon.FILE_TEXT_O, "register-v" + number + ".pdf",
                "application/pdf", () -> campaigns.registerPdf(versionId, getLocale()), "register-pdf-" + versionId);
    }

    private Component adoptedCodePdf(long versionId, int number) {
        return download("signing.campaign.adopted-pdf", VaadinIcon.BOOK, "vastgestelde-code-v" + number + ".pdf",
                "application/pdf", () -> campaigns.adoptedCodePdf(versionId, getLocale()), "adopted-pdf-" + versionId);
    }

    /** The school's archived copy: sealed once, its timestamps renewed by the nightly job. */
    private Component archivedCopy(long versionId, int number) {
        return download("signing.campaign.archived-pdf", VaadinIcon.ARCHIVE, "archief-vastgestelde-code-v" + number + ".pdf",
                "application/pdf", () -> archive.of(versionId).content(), "archived-pdf-" + versionId);
    }

    private Component download(String labelKey, VaadinIcon icon, String fileName, String type, Supplier<byte[]> bytes,
            String id) {
        var anchor = Downloads.link(this, fileName, type, bytes);
        var button = new Button(getTranslation(labelKey), icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        anchor.add(button);
        anchor.setId(id);
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signing.campaign.title") + " – " + getTranslation("app.name");
    }
}
