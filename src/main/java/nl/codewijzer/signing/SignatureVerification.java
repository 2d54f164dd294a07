package nl.codewijzer.signing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.Translations;
import nl.codewijzer.pdf.PdfSeal;
import nl.codewijzer.security.LookupLimit;
import nl.codewijzer.security.Role;
import nl.codewijzer.signing.DocumentCheck.Kind;
import nl.codewijzer.signing.DocumentCheck.RegisterMatch;
import nl.codewijzer.signing.DocumentCheck.Seal;
import nl.codewijzer.signing.DocumentCheck.Verdict;
import nl.codewijzer.signing.internal.CampaignRepository;
import nl.codewijzer.signing.internal.Signature;
import nl.codewijzer.signing.internal.SignatureRepository;
import nl.codewijzer.signing.internal.SigningCampaign;
import nl.codewijzer.signing.internal.SigningDocuments;
import nl.codewijzer.signing.internal.VerificationCodes;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public check of certificates and registers, for anyone (a parent shown a certificate, an
 * inspector handed a register), without signing in. A verification code shows the signature it
 * belongs to, with the name shortened: enough to confirm a certificate one holds, no more. An
 * uploaded PDF is read as text and compared with the records; a sealed register's seal is checked.
 * Both count as look-ups of verification codes, which one client may do only so often
 * ({@link LookupLimit}).
 */
@Service
@PreAuthorize(Role.Require.ANYONE)
public class SignatureVerification {

    public static final String ROUTE = "verifieren";
    /** Larger than any register this application writes for a school; the server's upload limit (5 MB) too. */
    public static final int MAX_PDF_BYTES = 5 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(SignatureVerification.class);
    /** A verification code in extracted text: the dash may be followed by a line break. */
    private static final Pattern CODE_IN_TEXT = Pattern.compile(
            "(?<![A-Za-z0-9])([" + VerificationCodes.ALPHABET + "]{5})-\\s?([" + VerificationCodes.ALPHABET
                    + "]{5})(?![A-Za-z0-9])");
    private static final Pattern VERSION_IN_TEXT = Pattern.compile("(?mi)^\\s*(?:Versie|Version)\\s+(\\d+)\\s*$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** The school year of a yearly round's register (decision 0053), as its header prints it in either language. */
    private static final Pattern ROUND_IN_TEXT = Pattern.compile(
            "(?:Herbevestiging schooljaar|Re-confirmation school year)\\s+(\\d{4})-\\d{4}");

    private final SignatureRepository signatures;
    private final CampaignRepository campaigns;
    private final ObjectProvider<PdfSeal> seal;
    private final LookupLimit lookups;
    private final Translations translations;

    SignatureVerification(SignatureRepository signatures, CampaignRepository campaigns, ObjectProvider<PdfSeal> seal,
            LookupLimit lookups, Translations translations) {
        this.signatures = signatures;
        this.campaigns = campaigns;
        this.seal = seal;
        this.lookups = lookups;
        this.translations = translations;
    }

    /**
     * The signature a typed verification code belongs to, if any.
     *
     * @throws InvalidInput if this client looked up too much in the last minute
     */
    @Transactional(readOnly = true)
    public Optional<VerifiedSignature> byCode(String typed) {
        return VerificationCodes.parse(typed).flatMap(code -> {
            requireLookupAllowed("code"); // only a well-formed code is looked up, and counts
            return signatures.findByVerificationCode(code);
        }).map(this::verified);
    }

    /**
     * Reads an uploaded certificate or register and compares it with the records.
     *
     * @throws InvalidInput if this client looked up too much in the last minute
     */
    @Transactional(readOnly = true)
    public DocumentCheck check(byte[] pdf) {
        requireLookupAllowed("file");
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        } catch (IOException | RuntimeException unreadable) {
            return new DocumentCheck(Kind.UNKNOWN, Verdict.UNREADABLE, Seal.NOT_SEALED, null, null, List.of());
        }
        var sealCheck = sealCheck(pdf);
        var seal = seal(sealCheck);
        var codes = codesIn(text);
        var details = sealCheck != null && sealCheck.sealed() ? sealCheck : null;
        if (isTitled(text, "signing.pdf.register.title")) {
            return checkRegister(text, codes, seal).withSealCheck(details);
        }
        if (isTitled(text, "signing.pdf.certificate.title") || !codes.isEmpty()) {
            return checkCertificate(text, codes, seal).withSealCheck(details);
        }
        return new DocumentCheck(Kind.UNKNOWN, Verdict.NOT_RECOGNISED, seal, null, null, List.of());
    }

    private DocumentCheck checkCertificate(String text, List<String> codes, Seal seal) {
        if (codes.isEmpty()) {
            return new DocumentCheck(Kind.CERTIFICATE, Verdict.NOT_RECOGNISED, seal, null, null, List.of());
        }
        var signature = signatures.findByVerificationCode(codes.getFirst()).orElse(null);
        if (signature == null) {
            return new DocumentCheck(Kind.CERTIFICATE, Verdict.NOT_ON_RECORD, seal, null, null,
                    List.of("signing.verify.mismatch.code"));
        }
        var flat = WHITESPACE.matcher(text).replaceAll(" ");
        var compact = WHITESPACE.matcher(text).replaceAll("");
        var mismatches = new ArrayList<String>();
        if (codes.size() > 1 && codes.stream().anyMatch(code -> !code.equals(signature.verificationCode()))) {
            mismatches.add("signing.verify.mismatch.code");
        }
        if (!signature.nameErased() && !flat.contains(signature.personName())) {
            // (a name erased after the retention period can no longer be compared)
            mismatches.add("signing.verify.mismatch.name");
        }
        if (!flat.contains(signature.codeTitle())) {
            mismatches.add("signing.verify.mismatch.code-title");
        }
        var versions = VERSION_IN_TEXT.matcher(text).results().map(match -> Integer.parseInt(match.group(1))).toList();
        if (versions.isEmpty() || versions.stream().anyMatch(number -> number != signature.versionNumber())) {
            mismatches.add("signing.verify.mismatch.version");
        }
        if (!compact.contains(signature.sha256())) {
            mismatches.add("signing.verify.mismatch.sha256");
        }
        if (!flat.contains(SigningDocuments.dateTime(signature.signedAt(), Translations.DUTCH))
                && !flat.contains(SigningDocuments.dateTime(signature.signedAt(), Locale.ENGLISH))) {
            mismatches.add("signing.verify.mismatch.signed-at");
        }
        if (seal == Seal.BROKEN) {
            mismatches.add("signing.verify.mismatch.seal");
        }
        return new DocumentCheck(Kind.CERTIFICATE, mismatches.isEmpty() ? Verdict.MATCHES : Verdict.ALTERED, seal,
                verified(signature), null, mismatches);
    }

    private DocumentCheck checkRegister(String text, List<String> codes, Seal seal) {
        var compact = WHITESPACE.matcher(text).replaceAll("");
        SigningCampaign campaign = null;
        for (var candidate : campaigns.newestFirst()) {
            if (compact.contains(candidate.sha256())) {
                campaign = candidate;
                break;
            }
        }
        if (campaign == null) {
            return new DocumentCheck(Kind.REGISTER, codes.isEmpty() ? Verdict.NOT_RECOGNISED : Verdict.NOT_ON_RECORD,
                    seal, null, null, List.of("signing.verify.mismatch.sha256"));
        }
        var round = ROUND_IN_TEXT.matcher(WHITESPACE.matcher(text).replaceAll(" "));
        var onRecord = new ArrayList<Signature>();
        if (round.find()) {
            // a yearly round's register: its own re-confirmations are the ones on record
            onRecord.addAll(signatures.ofRound(campaign.versionId(), Integer.parseInt(round.group(1))));
        } else {
            onRecord.addAll(signatures.ofVersion(campaign.versionId()));
            onRecord.addAll(signatures.carriedInto(campaign.versionId())); // earlier signatures that count after a redactional change
        }
        var byCode = new java.util.HashMap<String, Signature>();
        onRecord.forEach(signature -> byCode.put(signature.verificationCode(), signature));
        var lines = text.lines().map(line -> WHITESPACE.matcher(line).replaceAll(" ")).toList();
        var lineOfCode = new java.util.HashMap<String, Integer>();
        for (int i = 0; i < lines.size(); i++) {
            var matcher = CODE_IN_TEXT.matcher(lines.get(i) + (i + 1 < lines.size() ? " " + lines.get(i + 1) : ""));
            while (matcher.find()) {
                lineOfCode.putIfAbsent(matcher.group(1) + matcher.group(2), i);
            }
        }
        int matching = 0;
        boolean wrongName = false;
        for (var code : codes) {
            var signature = byCode.get(code);
            if (signature == null) {
                continue;
            }
            int at = lineOfCode.getOrDefault(code, 0);
            var around = String.join(" ", lines.subList(Math.max(0, at - 3), Math.min(lines.size(), at + 4)));
            if (signature.nameErased() || around.contains(signature.personName())) {
                matching++;
            } else {
                wrongName = true;
            }
        }
        var mismatches = new ArrayList<String>();
        if (matching < codes.size()) {
            mismatches.add(wrongName ? "signing.verify.mismatch.register-names" : "signing.verify.mismatch.register-codes");
        }
        if (seal == Seal.BROKEN) {
            mismatches.add("signing.verify.mismatch.seal");
        }
        var match = new RegisterMatch(campaign.codeTitle(), campaign.versionNumber(), campaign.sha256(), codes.size(),
                matching, onRecord.size());
        return new DocumentCheck(Kind.REGISTER, mismatches.isEmpty() ? Verdict.MATCHES : Verdict.ALTERED, seal, null,
                match, mismatches);
    }

    private void requireLookupAllowed(String field) {
        if (!lookups.allowCurrentClient()) {
            throw new InvalidInput(field, "signing.verify.too-many");
        }
    }

    /** DSS's verdict on the file's seal; null when no seal service is there or the check failed. */
    private nl.codewijzer.pdf.@Nullable SealCheck sealCheck(byte[] pdf) {
        var sealer = seal.getIfAvailable();
        if (sealer == null) {
            return null;
        }
        try {
            return sealer.check(pdf);
        } catch (RuntimeException cannotCheck) {
            log.info("Seal check failed on an uploaded PDF: {}", cannotCheck.toString());
            return new nl.codewijzer.pdf.SealCheck(true, false, false, null, null);
        }
    }

    private Seal seal(nl.codewijzer.pdf.@Nullable SealCheck check) {
        if (check == null) {
            return Seal.UNAVAILABLE;
        }
        if (!check.sealed()) {
            return Seal.NOT_SEALED;
        }
        if (!check.intact()) {
            return Seal.BROKEN;
        }
        return check.issuedBySchool() ? Seal.INTACT : Seal.FOREIGN;
    }

    /** The distinct verification codes in a text, in order of appearance. */
    static List<String> codesIn(String text) {
        var found = new LinkedHashSet<String>();
        var matcher = CODE_IN_TEXT.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1) + matcher.group(2));
        }
        return List.copyOf(found);
    }

    private boolean isTitled(String text, String titleKey) {
        var flat = WHITESPACE.matcher(text).replaceAll(" ");
        return flat.contains(translations.getTranslation(titleKey, Translations.DUTCH))
                || flat.contains(translations.getTranslation(titleKey, Locale.ENGLISH));
    }

    private VerifiedSignature verified(Signature signature) {
        var active = campaigns.findById(signature.versionId()).map(SigningCampaign::active).orElse(false);
        return new VerifiedSignature(signature.nameErased() ? signature.personName() : shortName(signature.personName()),
                signature.codeTitle(),
                signature.versionNumber(), signature.sha256(), signature.signedAt(), active, signature.roundYear());
    }

    /** "Bart de Vries" becomes "B. de Vries": enough to match a certificate, less to harvest. */
    static String shortName(String fullName) {
        var parts = fullName.strip().split("\\s+", 2);
        if (parts[0].isEmpty()) {
            return "";
        }
        var initial = parts[0].substring(0, parts[0].offsetByCodePoints(0, 1)) + ".";
        return parts.length == 1 ? initial : initial + " " + parts[1];
    }
}
