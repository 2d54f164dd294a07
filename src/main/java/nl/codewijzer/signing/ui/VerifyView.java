package nl.codewijzer.signing.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.Optional;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.base.ui.LocalizedComponents;
import nl.codewijzer.security.LoginRoutes;
import nl.codewijzer.signing.DocumentCheck;
import nl.codewijzer.signing.SignatureVerification;
import nl.codewijzer.signing.VerifiedSignature;
import nl.codewijzer.signing.YearlyReconfirmations;

/**
 * The public verification page, for anyone holding a certificate or a register (a parent, an
 * inspector): type the verification code, or upload the PDF. No login, and no more shown than a
 * certificate's holder can already read on it; the name is shortened.
 */
@Route(value = SignatureVerification.ROUTE, autoLayout = false)
@AnonymousAllowed
public class VerifyView extends Main implements HasDynamicTitle {

    final TextField code = new TextField();
    final Button check = new Button();
    final Div codeResult = new Div();
    final Upload upload;
    final Div documentResult = new Div();
    private final SignatureVerification verification;

    VerifyView(SignatureVerification verification) {
        this.verification = verification;
        addClassName("page");
        addClassName("verify-page");
        setId("verify");
        add(new H1(getTranslation("signing.verify.title")), new Paragraph(getTranslation("signing.verify.intro")));

        code.setLabel(getTranslation("signing.verify.code"));
        code.setPlaceholder("ACDEF-GHJKM");
        code.setId("verify-code");
        code.setMaxLength(20);
        check.setText(getTranslation("signing.verify.check"));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.setId("verify-check");
        check.addClickListener(click -> checkCode());
        check.addClickShortcut(Key.ENTER);
        codeResult.setId("verify-code-result");
        var form = new Div(code, check);
        form.addClassName("toolbar");
        add(form, codeResult);

        add(new H2(getTranslation("signing.verify.upload.title")), new Paragraph(getTranslation("signing.verify.upload.intro")));
        // upload handlers run without the session lock: take the UI from the component, then access it
        upload = LocalizedComponents.singleFileUpload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> checkDocument(metadata.fileName(), bytes)))));
        upload.setAcceptedFileTypes(".pdf", "application/pdf");
        upload.setMaxFileSize(SignatureVerification.MAX_PDF_BYTES);
        upload.addFileRejectedListener(rejected -> showDocumentProblem(getTranslation("signing.verify.upload.rejected")));
        documentResult.setId("verify-document-result");
        add(upload, documentResult);
        add(new Paragraph(new Anchor(LoginRoutes.LOGIN, getTranslation("signing.verify.to-login"))));
    }

    void checkCode() {
        codeResult.removeAll();
        Optional<VerifiedSignature> found;
        try {
            found = verification.byCode(code.getValue());
        } catch (InvalidInput refused) {
            codeResult.add(waitMessage(refused));
            return;
        }
        if (found.isEmpty()) {
            var none = new Paragraph(getTranslation(code.getValue().isBlank() ? "signing.verify.code.empty"
                    : "signing.verify.code.unknown"));
            none.addClassName("verify-bad");
            codeResult.add(none);
            return;
        }
        codeResult.add(signatureFacts(found.get(), "signing.verify.code.found"));
    }

    /**
     * The seal in plain Dutch, as the EU's validator (DSS) found it: its level, when it was made according
     * to the timestamp and by which authority, and whether the certificate was valid at that moment.
     */
    private Div sealDetails(nl.codewijzer.pdf.SealCheck check) {
        var box = new Div();
        box.setId("verify-seal-details");
        var level = check.level();
        box.add(new Paragraph(level == null ? getTranslation("signing.verify.seal.level.unknown")
                : getTranslation("signing.verify.seal.level", level.label(),
                        getTranslation("signing.verify.seal.level." + level.name()))));
        if (check.timestampedAt() != null) {
            box.add(new Paragraph(getTranslation("signing.verify.seal.timestamp",
                    Dates.dateTime(this, check.timestampedAt()),
                    check.timestampAuthority() == null ? "?" : check.timestampAuthority())));
        } else {
            box.add(new Paragraph(getTranslation("signing.verify.seal.no-timestamp")));
        }
        box.add(new Paragraph(getTranslation(check.validAtSigningTime() ? "signing.verify.seal.valid-then"
                : "signing.verify.seal.not-shown-valid")));
        return box;
    }

    void checkDocument(byte[] pdf) {
        checkDocument(null, pdf);
    }

    /** Checks an uploaded file; the verdict names the file it is about, since the upload's own list is cleared. */
    void checkDocument(@org.jspecify.annotations.Nullable String fileName, byte[] pdf) {
        upload.clearFileList();
        documentResult.removeAll();
        if (fileName != null && !fileName.isBlank()) {
            var file = new Paragraph(getTranslation("signing.verify.file", fileName));
            file.setId("verify-file");
            documentResult.add(file);
        }
        DocumentCheck result;
        try {
            result = verification.check(pdf);
        } catch (InvalidInput refused) {
            documentResult.add(waitMessage(refused));
            return;
        }
        var verdict = new Paragraph(getTranslation(result.verdict().labelKey()));
        verdict.setId("verify-verdict");
        verdict.addClassName(result.verdict() == DocumentCheck.Verdict.MATCHES ? "verify-good" : "verify-bad");
        documentResult.add(verdict);
        for (var mismatch : result.mismatches()) {
            documentResult.add(new Paragraph("– " + getTranslation(mismatch)));
        }
        if (result.kind() != DocumentCheck.Kind.UNKNOWN) {
            var seal = new Paragraph(getTranslation(result.seal().labelKey()));
            seal.setId("verify-seal");
            documentResult.add(seal);
            var details = result.sealCheck();
            if (details != null && details.intact()) {
                documentResult.add(sealDetails(details));
            }
        }
        if (result.signature() != null) {
            documentResult.add(signatureFacts(result.signature(), "signing.verify.document.signature"));
        }
        var register = result.register();
        if (register != null) {
            documentResult.add(new Paragraph(getTranslation("signing.verify.document.register", register.codeTitle(),
                    register.versionNumber(), register.codesInDocument(), register.codesOnRecord(),
                    register.signaturesOnRecordNow())));
            var hash = new Div(new Span("SHA-256 "), new Span(register.sha256()));
            hash.addClassName("hash");
            documentResult.add(hash);
        }
    }

    /** The limit on look-ups: said calmly, not as an error; a person who waits a minute can go on. */
    private Paragraph waitMessage(InvalidInput refused) {
        var problem = refused.problems().getFirst();
        var message = new Paragraph(getTranslation(problem.messageKey(), problem.args().toArray()));
        message.addClassName("verify-wait");
        return message;
    }

    private void showDocumentProblem(String message) {
        documentResult.removeAll();
        var problem = new Paragraph(message);
        problem.addClassName("verify-bad");
        documentResult.add(problem);
    }

    private Div signatureFacts(VerifiedSignature signature, String headingKey) {
        var box = new Div();
        box.addClassName("verify-result");
        var heading = new Paragraph(getTranslation(headingKey));
        heading.addClassName("verify-good");
        box.add(heading);
        var facts = new Div(fact("signing.verify.name", signature.shortName()),
                fact("signing.verify.code-title", signature.codeTitle()),
                fact("signing.verify.version", String.valueOf(signature.versionNumber())),
                fact("signing.verify.signed-at", Dates.dateTime(this, signature.signedAt())));
        facts.addClassName("facts");
        if (signature.reconfirmation()) {
            var round = fact("signing.reconfirm.fact",
                    getTranslation("signing.reconfirm.label", YearlyReconfirmations.label(signature.roundYear())));
            round.setId("verify-round");
            facts.add(round);
        }
        var hash = fact("signing.verify.sha256", signature.sha256());
        hash.addClassName("hash");
        facts.add(hash);
        box.add(facts);
        if (!signature.versionStillActive()) {
            box.add(new Paragraph(getTranslation("signing.verify.replaced")));
        }
        return box;
    }

    private Div fact(String labelKey, String value) {
        var fact = new Div(new Span(getTranslation(labelKey)), new Span(value));
        fact.addClassName("fact");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signing.verify.title") + " – " + getTranslation("app.name");
    }
}
