package nl.codewijzer.signing.internal;

import com.vaadin.flow.internal.HtmlUtils;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.codewijzer.base.DateTexts;
import nl.codewijzer.base.PublicAddress;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.Translations;
import nl.codewijzer.codetext.SafeMarkdown;
import nl.codewijzer.pdf.PdfDocument;
import nl.codewijzer.pdf.PdfDocuments;
import nl.codewijzer.pdf.Sealing;
import nl.codewijzer.signing.RedactionalChange;
import nl.codewijzer.signing.SignatureVerification;
import nl.codewijzer.signing.YearlyReconfirmations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The signing PDFs, all through {@link PdfDocuments} (same font and look as every other document):
 * the personal certificate, the register of a version, and the adopted code with its consent and
 * adoption record. The register and the adopted code are sealed with the school's certificate
 * ({@link PdfSeal}); the certificate is not (decision 0011): it is checked by its verification code
 * against the records. Without a school certificate (demo mode off, none configured) the register
 * still comes out, saying on its face that it is not sealed, and the dashboard says so too.
 */
@Component
public class SigningDocuments {

    /**
     * A register's data: the version, the MR's consent, who signed (with the translation keys of each
     * signer's roles, their function at school, by person id) and who did not.
     */
    public record Register(SigningCampaign campaign, @Nullable LocalDate consentDate, @Nullable Long consentRound,
            String schoolName, List<Signature> signatures, java.util.Map<Long, List<String>> functions,
            List<Open> outstanding, List<Closed> closed, int asked, Instant generatedAt, List<String> audience,
            @Nullable RedactionalChange redactional, int roundYear) {

        /** A register of a version that all staff must sign. */
        public Register(SigningCampaign campaign, @Nullable LocalDate consentDate, @Nullable Long consentRound,
                String schoolName, List<Signature> signatures, java.util.Map<Long, List<String>> functions,
                List<Open> outstanding, List<Closed> closed, int asked, Instant generatedAt) {
            this(campaign, consentDate, consentRound, schoolName, signatures, functions, outstanding, closed, asked,
                    generatedAt, List.of(), null, 0);
        }
    }

    /** Someone who has not signed yet. */
    public record Open(String name, LocalDate dueDate, boolean overdue) {
    }

    /** Someone whose request ended without a signature: they left, or the version was replaced first. */
    public record Closed(String name, String reasonKey, @Nullable Instant at) {
    }

    private final PdfDocuments pdfs;
    private final SafeMarkdown markdown;
    private final Translations translations;
    private final Sealing sealing;
    private final PublicAddress address;

    SigningDocuments(PdfDocuments pdfs, SafeMarkdown markdown, Translations translations, Sealing sealing,
            PublicAddress address) {
        this.pdfs = pdfs;
        this.markdown = markdown;
        this.translations = translations;
        this.sealing = sealing;
        this.address = address;
    }

    /** The address of the public verification page, as shown in the app. */
    public String verificationAddress() {
        return address.link(SignatureVerification.ROUTE);
    }

    /**
     * The verification page as printed in a document for outsiders: never a loopback address, and
     * when the address is unknown, words that say so instead of a link that leads nowhere.
     */
    private String printedVerificationAddress(Locale locale) {
        return address.forOutsiders().map(known -> known + "/" + SignatureVerification.ROUTE)
                .orElseGet(() -> text(locale, "signing.pdf.verification-page.unknown"));
    }

    /** Whether the register and the adopted code are sealed (as far as the last attempt showed). */
    public boolean sealing() {
        return sealing.sealing();
    }

    // ---- the personal certificate ----

    public byte[] certificate(Signature signature, String schoolName, Locale locale) {
        var reason = text(Translations.DUTCH, "signing.seal.certificate", signature.personName(), signature.codeTitle(),
                signature.versionNumber());
        return sealing.sealedIfPossible(toBeSealed -> unsealedCertificate(signature, schoolName, locale, toBeSealed),
                reason);
    }

    private byte[] unsealedCertificate(Signature signature, String schoolName, Locale locale, boolean toBeSealed) {
        var title = text(locale, "signing.pdf.certificate.title");
        var html = new StringBuilder();
        html.append("<p>").append(esc(text(locale, "signing.pdf.certificate.statement", signature.personName(),
                dateTime(signature.signedAt(), locale), signature.typedName()))).append("</p>");
        if (signature.checkSha256() != null) {
            html.append("<p>").append(esc(text(locale, "signing.check.receipt"))).append("</p>");
        }
        html.append("<p>").append(esc(text(locale, "signing.pdf.certificate.hash"))).append("</p>");
        html.append("<p>").append(esc(text(locale, "signing.pdf.certificate.check", printedVerificationAddress(locale),
                VerificationCodes.grouped(signature.verificationCode())))).append("</p>");
        if (!toBeSealed) {
            html.append("<p>").append(esc(text(locale, "signing.pdf.not-sealed"))).append("</p>");
        }
        var document = PdfDocument.titled(title)
                .field(text(locale, "signing.pdf.name"), signature.personName())
                .field(text(locale, "signing.pdf.school"), schoolName)
                .field(text(locale, "signing.pdf.code"), signature.codeTitle())
                .field(text(locale, "signing.pdf.version"), String.valueOf(signature.versionNumber()))
                .field("SHA-256", signature.sha256())
                .field(text(locale, "signing.pdf.signed-at"), dateTime(signature.signedAt(), locale))
                .field(text(locale, "signing.pdf.method"), signature.method())
                .field(text(locale, "signing.pdf.verification-code"), VerificationCodes.grouped(signature.verificationCode()));
        if (signature.roundYear() != 0) {
            // a yearly round (decision 0053): the same text and SHA-256 as the first signature, so say which year
            document.field(text(locale, "signing.reconfirm.fact"),
                    text(locale, "signing.reconfirm.label", YearlyReconfirmations.label(signature.roundYear())));
        }
        return pdfs.render(document.bodyHtml(html.toString())
                .footer(schoolName + " · " + title + " · " + signature.codeTitle() + " v" + signature.versionNumber())
                .locale(locale).build());
    }

    // ---- the register ----

    public byte[] register(Register register, Locale locale) {
        var campaign = register.campaign();
        var reason = text(Translations.DUTCH, "signing.seal.register", campaign.codeTitle(), campaign.versionNumber());
        return sealing.sealedIfPossible(toBeSealed -> unsealedRegister(register, locale, toBeSealed), reason);
    }

    private byte[] unsealedRegister(Register register, Locale locale, boolean toBeSealed) {
        var campaign = register.campaign();
        var title = text(locale, "signing.pdf.register.title");
        var builder = PdfDocument.titled(title)
                .field(text(locale, "signing.pdf.school"), register.schoolName())
                .field(text(locale, "signing.pdf.code"), campaign.codeTitle())
                .field(text(locale, "signing.pdf.version"), String.valueOf(campaign.versionNumber()));
        if (register.roundYear() != 0) {
            // a yearly round's register (decision 0053): the verification page reads the school year from here
            builder.field(text(locale, "signing.reconfirm.fact"),
                    text(locale, "signing.reconfirm.label", YearlyReconfirmations.label(register.roundYear())));
        }
        builder.field("SHA-256", campaign.sha256())
                .field(text(locale, "signing.pdf.consent"), consent(register, locale))
                .field(text(locale, "signing.pdf.adopted"), date(campaign.adoptedAt(), locale))
                .field(text(locale, "signing.pdf.audience"), register.audience().isEmpty()
                        ? text(locale, "signing.audience.all")
                        : register.audience().stream().map(key -> text(locale, key))
                                .collect(java.util.stream.Collectors.joining(", ")))
                .field(text(locale, "signing.pdf.tally"), text(locale, "signing.pdf.tally.value",
                        register.signatures().size(), register.asked()))
                .field(text(locale, "signing.pdf.generated"), dateTime(register.generatedAt(), locale));
        var redactional = register.redactional();
        if (redactional != null) {
            builder.field(text(locale, "signing.pdf.redactional"), text(locale, "signing.pdf.redactional.value",
                    redactional.replacedVersionNumber(), redactional.reason()));
        }
        if (campaign.endedAt() != null) {
            builder.field(text(locale, "signing.pdf.ended"), date(campaign.endedAt(), locale));
        }
        var html = new StringBuilder();
        html.append("<h2>").append(esc(text(locale, "signing.pdf.register.signed"))).append("</h2>");
        if (redactional != null) {
            html.append("<p>").append(esc(text(locale, "signing.pdf.redactional.explain", redactional.replacedVersionNumber(),
                    redactional.reason(), redactional.replacedSha256()))).append("</p>");
        }
        if (register.signatures().isEmpty()) {
            html.append("<p>").append(esc(text(locale, "signing.pdf.register.none"))).append("</p>");
        } else {
            // the SHA-256 is the same for every signature of a version: once, in the header above
            html.append("<table><thead><tr><th>").append(esc(text(locale, "signing.pdf.name"))).append("</th><th>")
                    .append(esc(text(locale, "signing.pdf.function"))).append("</th><th>")
                    .append(esc(text(locale, "signing.pdf.signed-at"))).append("</th><th>")
                    .append(esc(text(locale, "signing.pdf.verification-code"))).append("</th><th>")
                    .append(esc(text(locale, "signing.pdf.method"))).append("</th>")
                    .append(redactional == null ? "" : "<th>" + esc(text(locale, "signing.pdf.signed-version")) + "</th>")
                    .append("</tr></thead><tbody>");
            for (var signature : register.signatures()) {
                var function = register.functions().getOrDefault(signature.personId(), List.of()).stream()
                        .map(key -> text(locale, key)).collect(java.util.stream.Collectors.joining(", "));
                html.append("<tr><td>").append(esc(signature.personName())).append("</td><td>")
                        .append(esc(function)).append("</td><td>")
                        .append(esc(dateTime(signature.signedAt(), locale))).append("</td><td>")
                        .append(VerificationCodes.grouped(signature.verificationCode())).append("</td><td>")
                        .append(esc(signature.method())).append("</td>")
                        // after a redactional change: the version each person signed (the paragraph above says why it counts)
                        .append(redactional == null ? "" : "<td>" + signature.versionNumber() + "</td>")
                        .append("</tr>");
            }
            html.append("</tbody></table>");
        }
        if (!register.outstanding().isEmpty()) {
            html.append("<h2>").append(esc(text(locale, "signing.pdf.register.outstanding"))).append("</h2>")
                    .append("<table><thead><tr><th>").append(esc(text(locale, "signing.pdf.name"))).append("</th><th>")
                    .append(esc(text(locale, "signing.pdf.due"))).append("</th><th>")
                    .append(esc(text(locale, "signing.pdf.status"))).append("</th></tr></thead><tbody>");
            for (var open : register.outstanding()) {
                html.append("<tr><td>").append(esc(open.name())).append("</td><td>")
                        .append(esc(date(open.dueDate(), locale))).append("</td><td>")
                        .append(esc(text(locale, open.overdue() ? "signing.status.overdue" : "signing.status.open")))
                        .append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        if (!register.closed().isEmpty()) {
            html.append("<h2>").append(esc(text(locale, "signing.pdf.register.closed"))).append("</h2>")
                    .append("<table><thead><tr><th>").append(esc(text(locale, "signing.pdf.name"))).append("</th><th>")
                    .append(esc(text(locale, "signing.pdf.status"))).append("</th><th>")
                    .append(esc(text(locale, "signing.pdf.date"))).append("</th></tr></thead><tbody>");
            for (var closed : register.closed()) {
                html.append("<tr><td>").append(esc(closed.name())).append("</td><td>")
                        .append(esc(text(locale, closed.reasonKey()))).append("</td><td>")
                        .append(closed.at() == null ? "" : esc(date(closed.at(), locale))).append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        html.append("<p>").append(esc(text(locale, toBeSealed ? "signing.pdf.register.explain"
                : "signing.pdf.register.explain.unsealed", printedVerificationAddress(locale)))).append("</p>");
        return pdfs.render(builder.bodyHtml(html.toString())
                .footer(register.schoolName() + " · " + title + " · " + campaign.codeTitle() + " v" + campaign.versionNumber())
                .locale(locale).build());
    }

    // ---- the adopted code ----

    public byte[] adoptedCode(SigningCampaign campaign, String codeMarkdown, @Nullable LocalDate consentDate,
            @Nullable Long consentRound, String schoolName, Locale locale) {
        var reason = text(Translations.DUTCH, "signing.seal.adopted-code", campaign.codeTitle(), campaign.versionNumber());
        return sealing.sealedIfPossible(toBeSealed -> unsealedAdoptedCode(campaign, codeMarkdown, consentDate,
                consentRound, schoolName, locale, toBeSealed), reason);
    }

    private byte[] unsealedAdoptedCode(SigningCampaign campaign, String codeMarkdown, @Nullable LocalDate consentDate,
            @Nullable Long consentRound, String schoolName, Locale locale, boolean toBeSealed) {
        var builder = PdfDocument.titled(campaign.codeTitle())
                .field(text(locale, "signing.pdf.school"), schoolName)
                .field(text(locale, "signing.pdf.version"), String.valueOf(campaign.versionNumber()))
                .field(text(locale, "signing.pdf.consent"), consentText(consentDate, consentRound, locale))
                .field(text(locale, "signing.pdf.adopted"), date(campaign.adoptedAt(), locale))
                .field("SHA-256", campaign.sha256());
        if (campaign.endedAt() != null) {
            builder.field(text(locale, "signing.pdf.ended"), date(campaign.endedAt(), locale));
        }
        var html = new StringBuilder();
        html.append("<h2>").append(esc(text(locale, "signing.pdf.adopted-code.record"))).append("</h2><p>")
                .append(esc(consentDate == null
                        ? text(locale, "signing.pdf.adopted-code.statement-without-consent", campaign.versionNumber(),
                                date(campaign.adoptedAt(), locale))
                        : text(locale, "signing.pdf.adopted-code.statement", campaign.versionNumber(),
                                date(campaign.adoptedAt(), locale), date(consentDate, locale))))
                .append("</p><p>").append(esc(text(locale, "signing.pdf.adopted-code.hash")))
                .append(toBeSealed ? "" : " " + esc(text(locale, "signing.pdf.not-sealed"))).append("</p><hr>");
        html.append(markdown.toHtml(codeMarkdown));
        var title = text(locale, "signing.pdf.adopted-code.footer");
        return pdfs.render(builder.bodyHtml(html.toString())
                .footer(schoolName + " · " + title + " · " + campaign.codeTitle() + " v" + campaign.versionNumber())
                .locale(locale).build());
    }

    private String consent(Register register, Locale locale) {
        return consentText(register.consentDate(), register.consentRound(), locale);
    }

    private String consentText(@Nullable LocalDate date, @Nullable Long round, Locale locale) {
        if (date == null) {
            return text(locale, "signing.pdf.consent.unknown");
        }
        return round == null ? date(date, locale) : text(locale, "signing.pdf.consent.round", date(date, locale), round);
    }

    // ---- formatting ----

    /** "3 maart 2026, 14:05" or "3 March 2026, 14:05": the same pattern in either language, in school time. */
    public static String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale).withZone(SchoolTime.ZONE).format(instant);
    }

    public static String date(Instant instant, Locale locale) {
        return DateTexts.date(instant, locale);
    }

    public static String date(LocalDate date, Locale locale) {
        return DateTexts.date(date, locale);
    }

    private String text(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    private static String esc(String text) {
        return HtmlUtils.escape(text);
    }
}
