package nl.codewijzer.signing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.base.ui.Downloads;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.signing.SignatureReceipt;
import nl.codewijzer.signing.Signing;
import nl.codewijzer.signing.SigningCampaigns;
import nl.codewijzer.signing.YearlyReconfirmations;

/**
 * The receipt of one signature: what was signed (code, version, SHA-256), when and how, the
 * verification code, and the personal certificate as PDF. The owner sees their own; the
 * coördinator and the schoolleiding anyone's (the service refuses everyone else).
 */
@Route(Signing.RECEIPT_ROUTE)
@PermitAll
public class ReceiptView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final Signing signing;
    private final CurrentUser currentUser;

    ReceiptView(Signing signing, CurrentUser currentUser) {
        this.signing = signing;
        this.currentUser = currentUser;
        addClassName("page");
        setId("receipt");
    }

    @Override
    public void setParameter(BeforeEvent event, Long signatureId) {
        show(signing.receipt(signatureId));
    }

    private void show(SignatureReceipt receipt) {
        removeAll();
        boolean own = currentUser.get().map(user -> user.personId() == receipt.personId()).orElse(false);
        add(new H1(getTranslation("signing.receipt.title")));
        var statement = new Paragraph(getTranslation("signing.receipt.statement", receipt.personName(),
                receipt.versionNumber(), receipt.codeTitle(), Dates.dateTime(this, receipt.signedAt())));
        statement.setId("receipt-statement");
        statement.addClassName("receipt-statement");
        add(statement);
        if (receipt.reconfirmation()) {
            var label = new Span(getTranslation("signing.reconfirm.label", YearlyReconfirmations.label(receipt.roundYear())));
            label.getElement().getThemeList().add("badge");
            var round = new Paragraph(label);
            round.setId("receipt-round");
            add(round);
        }
        if (receipt.checkPassed()) {
            var check = new Paragraph(getTranslation("signing.check.receipt"));
            check.setId("receipt-check");
            add(check);
        }
        if (!receipt.versionActive()) {
            add(new Paragraph(getTranslation("signing.receipt.replaced")));
        }

        var facts = new Div();
        facts.addClassName("facts");
        facts.add(fact("signing.receipt.name", receipt.personName()),
                fact("signing.receipt.typed-name", receipt.typedName()),
                fact("signing.receipt.code", receipt.codeTitle()),
                fact("signing.receipt.version", String.valueOf(receipt.versionNumber())),
                fact("signing.receipt.signed-at", Dates.dateTime(this, receipt.signedAt())),
                fact("signing.receipt.method", receipt.method()));
        var hash = fact("signing.receipt.sha256", receipt.sha256());
        hash.addClassName("hash");
        facts.add(hash);
        var code = fact("signing.receipt.verification-code", receipt.groupedCode());
        code.setId("receipt-code");
        facts.add(code);
        if (receipt.ipAddress() != null) {
            facts.add(fact("signing.receipt.ip", receipt.ipAddress()));
        }
        if (receipt.userAgent() != null) {
            facts.add(fact("signing.receipt.browser", receipt.userAgent()));
        }
        add(facts);
        add(new Paragraph(getTranslation("signing.receipt.verify", signing.verificationAddress())));

        var actions = new Div();
        actions.addClassName("toolbar");
        var pdf = Downloads.link(this,
                "bewijs-ondertekening-v" + receipt.versionNumber() + "-" + receipt.groupedCode() + ".pdf",
                "application/pdf", () -> signing.certificatePdf(receipt.signatureId(), getLocale()));
        var download = new Button(getTranslation("signing.receipt.pdf"), VaadinIcon.DOWNLOAD.create());
        download.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pdf.add(download);
        pdf.setId("certificate-pdf");
        actions.add(pdf);
        if (own && !signing.outstanding().isEmpty()) {
            var next = new Button(getTranslation("signing.receipt.next"), VaadinIcon.PENCIL.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(SignView.class)));
            next.setId("sign-next");
            actions.add(next);
        }
        if (!own) {
            var back = new Button(getTranslation("signing.receipt.to-dashboard"), VaadinIcon.ARROW_LEFT.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(SigningCampaigns.ROUTE)));
            back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(back);
        } else {
            var home = new Button(getTranslation("signing.receipt.to-home"), VaadinIcon.HOME.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate("")));
            home.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(home);
        }
        add(actions);
    }

    private Div fact(String labelKey, String value) {
        var fact = new Div(new Span(getTranslation(labelKey)), new Span(value));
        fact.addClassName("fact");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signing.receipt.title") + " – " + getTranslation("app.name");
    }
}
