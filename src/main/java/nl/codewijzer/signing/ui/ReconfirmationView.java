package nl.codewijzer.signing.ui;

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
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.base.ui.Downloads;
import nl.codewijzer.security.Role;
import nl.codewijzer.signing.PaperSignatures;
import nl.codewijzer.signing.ReconfirmationRegister;
import nl.codewijzer.signing.ReconfirmationRound;
import nl.codewijzer.signing.ReminderResult;
import nl.codewijzer.signing.SigningCampaigns;
import nl.codewijzer.signing.YearlyReconfirmations;
import org.jspecify.annotations.Nullable;

/**
 * The registers of the yearly re-confirmation rounds (issue 14, decision 0053), for the coördinator
 * and the schoolleiding: per round (a code's version and a school year) how many re-confirmed, who
 * did and when, with their verification code, and who has not yet, with a reminder (at most one per
 * person per day) and a paper signature; the round's register as CSV and as a sealed PDF. Built like the
 * version's dashboard ({@link CampaignView}); the services check the roles again.
 */
@Route(YearlyReconfirmations.ROUTE)
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.SCHOOLLEIDING})
@Menu(title = "nav.reconfirm", order = 33, icon = "vaadin:refresh")
public class ReconfirmationView extends Main implements HasDynamicTitle {

    final Select<ReconfirmationRound> round = new Select<>();
    final Div summary = new Div();
    final ProgressBar progress = new ProgressBar();
    final Grid<ReconfirmationRegister.Line> outstanding = new Grid<>();
    final Grid<ReconfirmationRegister.Line> signed = new Grid<>();
    final Button remindAll = new Button();
    final Div exports = new Div();
    private final Div current = new Div();
    private final YearlyReconfirmations yearly;
    private final SigningCampaigns campaigns;
    private final PaperSignatures paper;
    private @Nullable ReconfirmationRound shown;

    ReconfirmationView(YearlyReconfirmations yearly, SigningCampaigns campaigns, PaperSignatures paper) {
        this.yearly = yearly;
        this.campaigns = campaigns;
        this.paper = paper;
        addClassName("page");
        setId("reconfirmation");
        add(new H1(getTranslation("signing.reconfirm.title")), new Paragraph(getTranslation("signing.reconfirm.intro")));

        round.setLabel(getTranslation("signing.reconfirm.round"));
        round.setId("reconfirm-round");
        round.setItemLabelGenerator(item -> getTranslation("signing.reconfirm.round.item", item.codeTitle(),
                item.versionNumber(), item.schoolYearLabel()));
        round.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(change.getValue());
            }
        });
        summary.setId("reconfirm-summary");
        summary.addClassName("campaign-summary");
        progress.setId("reconfirm-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("signing.reconfirm.progress"));

        outstanding.addColumn(ReconfirmationRegister.Line::name).setHeader(getTranslation("signing.campaign.name"))
                .setFlexGrow(2);
        outstanding.addColumn(line -> Dates.date(this, line.dueDate())).setHeader(getTranslation("signing.campaign.due"))
                .setAutoWidth(true);
        outstanding.addComponentColumn(line -> {
            var status = new Span(getTranslation(line.statusKey()));
            status.getElement().getThemeList().add(line.statusKey().equals("signing.status.overdue") ? "badge error"
                    : "badge");
            return status;
        }).setHeader(getTranslation("signing.campaign.status")).setAutoWidth(true);
        outstanding.addColumn(line -> line.lastReminded() == null ? ""
                        : getTranslation("signing.campaign.reminded.line", Dates.date(this, line.lastReminded()),
                                line.reminders()))
                .setHeader(getTranslation("signing.campaign.reminded")).setAutoWidth(true);
        outstanding.addComponentColumn(line -> {
            if (!line.open()) {
                return new Span();
            }
            var remind = new Button(getTranslation("signing.campaign.remind"), VaadinIcon.BELL_O.create(),
                    click -> remind(() -> campaigns.remindInRound(shownRound().versionId(), shownRound().schoolYear(),
                            line.personId())));
            remind.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remind.setId("reconfirm-remind-" + line.personId());
            return remind;
        }).setAutoWidth(true).setFlexGrow(0);
        outstanding.addComponentColumn(line -> {
            if (!line.open()) {
                return new Span();
            }
            var onPaper = new Button(getTranslation("signing.paper.record"), VaadinIcon.FILE_TEXT.create(),
                    click -> new PaperSignatureDialog(paper, shownRound().versionId(), shownRound().schoolYear(),
                            line.personId(), line.name(), () -> show(shownRound())).open());
            onPaper.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            onPaper.setId("reconfirm-paper-" + line.personId());
            return onPaper;
        }).setAutoWidth(true).setFlexGrow(0);
        outstanding.setAllRowsVisible(true);
        outstanding.setId("reconfirm-outstanding");

        signed.addColumn(ReconfirmationRegister.Line::name).setHeader(getTranslation("signing.campaign.name"))
                .setFlexGrow(2);
        signed.addColumn(line -> line.signedAt() == null ? "" : Dates.dateTime(this, line.signedAt()))
                .setHeader(getTranslation("signing.campaign.signed-at")).setAutoWidth(true);
        signed.addColumn(line -> line.method() == null ? "" : line.method())
                .setHeader(getTranslation("signing.pdf.method")).setAutoWidth(true);
        signed.addColumn(ReconfirmationRegister.Line::groupedCode)
                .setHeader(getTranslation("signing.pdf.verification-code")).setAutoWidth(true);
        signed.addComponentColumn(line -> {
            var signatureId = line.signatureId();
            var open = new Button(getTranslation("signing.campaign.receipt"), VaadinIcon.FILE_TEXT_O.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(ReceiptView.class, signatureId)));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            open.setEnabled(signatureId != null);
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
        signed.setAllRowsVisible(true);
        signed.setId("reconfirm-signed");

        remindAll.setText(getTranslation("signing.campaign.remind-all"));
        remindAll.setIcon(VaadinIcon.BELL.create());
        remindAll.setId("reconfirm-remind-all");
        remindAll.addClickListener(click -> remind(() -> campaigns.remindAllInRound(shownRound().versionId(),
                shownRound().schoolYear())));
        exports.addClassName("toolbar");
        exports.setId("reconfirm-exports");

        var rounds = yearly.rounds();
        if (rounds.isEmpty()) {
            var none = new Paragraph(getTranslation("signing.reconfirm.none"));
            none.setId("reconfirm-none");
            add(none);
        } else {
            round.setItems(rounds);
            add(round, current);
            round.setValue(rounds.getFirst());
        }
    }

    /** Shows one round's register (also used by tests to pick one). */
    void show(ReconfirmationRound chosen) {
        var register = yearly.register(chosen.codeId(), chosen.schoolYear());
        var numbers = register.round();
        shown = numbers;
        current.removeAll();
        summary.removeAll();
        summary.add(new H2(getTranslation("signing.reconfirm.label", numbers.schoolYearLabel())));
        summary.add(new Paragraph(getTranslation("signing.reconfirm.period", numbers.codeTitle(),
                numbers.versionNumber(), Dates.date(this, numbers.startsOn()), Dates.date(this, numbers.dueDate()))));
        var hash = new Div(new Span("SHA-256 "), new Span(numbers.sha256()));
        hash.addClassName("hash");
        summary.add(hash);
        int percent = numbers.asked() == 0 ? 0 : Math.round(100f * numbers.signed() / numbers.asked());
        progress.setValue(numbers.asked() == 0 ? 0 : (double) numbers.signed() / numbers.asked());
        var tally = new Paragraph(getTranslation("signing.reconfirm.tally", numbers.signed(), numbers.asked(), percent));
        tally.setId("reconfirm-tally");
        summary.add(tally, progress);
        var open = register.lines().stream().filter(ReconfirmationRegister.Line::open).toList();
        var done = register.lines().stream().filter(ReconfirmationRegister.Line::signed).toList();
        var ended = register.lines().stream().filter(line -> !line.open() && !line.signed()).toList();
        outstanding.setItems(open);
        signed.setItems(done);
        exports.removeAll();
        var pdf = Downloads.link(this, "herbevestiging-" + numbers.schoolYearLabel() + "-v" + numbers.versionNumber()
                + ".pdf", "application/pdf", () -> campaigns.roundRegisterPdf(numbers.versionId(), numbers.schoolYear(),
                        getLocale()));
        var pdfButton = new Button(getTranslation("signing.campaign.register-pdf"), VaadinIcon.FILE_TEXT_O.create());
        pdfButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        pdf.add(pdfButton);
        pdf.setId("reconfirm-register-pdf");
        var csv = Downloads.link(this, "herbevestiging-" + numbers.schoolYearLabel() + "-v" + numbers.versionNumber()
                + ".csv", "text/csv", () -> campaigns.roundRegisterCsv(numbers.versionId(), numbers.schoolYear()));
        var csvButton = new Button(getTranslation("signing.campaign.csv"), VaadinIcon.TABLE.create());
        csvButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        csv.add(csvButton);
        csv.setId("reconfirm-register-csv");
        exports.add(csv, pdf);

        current.add(summary, new H2(getTranslation("signing.campaign.exports")), new Paragraph(getTranslation(
                campaigns.sealing() ? "signing.campaign.exports.sealed" : "signing.campaign.exports.unsealed")), exports);
        var outstandingHeading = new Div(new H2(getTranslation("signing.reconfirm.outstanding-list", open.size())));
        outstandingHeading.addClassName("section-heading");
        if (!open.isEmpty()) {
            outstandingHeading.add(remindAll);
        }
        current.add(outstandingHeading);
        if (open.isEmpty()) {
            current.add(new Paragraph(getTranslation("signing.reconfirm.all-signed")));
        } else {
            current.add(new Paragraph(getTranslation("signing.campaign.remind.rule")), outstanding);
        }
        current.add(new H2(getTranslation("signing.reconfirm.signed-list", done.size())), signed);
        if (!ended.isEmpty()) {
            // asked, and the round ended for them without a re-confirmation (left school, or the next round began)
            var endedList = new Div();
            endedList.setId("reconfirm-ended");
            ended.forEach(line -> endedList.add(new Paragraph(line.name() + " – " + getTranslation(line.statusKey()))));
            current.add(new H2(getTranslation("signing.pdf.register.closed")), endedList);
        }
    }

    private ReconfirmationRound shownRound() {
        var round = shown;
        if (round == null) {
            throw new IllegalStateException("No round shown");
        }
        return round;
    }

    private void remind(Supplier<ReminderResult> action) {
        ReminderFeedback.remind(this, action, () -> show(shownRound()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signing.reconfirm.title") + " – " + getTranslation("app.name");
    }
}
