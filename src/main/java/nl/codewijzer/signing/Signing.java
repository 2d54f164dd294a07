package nl.codewijzer.signing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.InvalidInput.Problem;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.Translations;
import nl.codewijzer.base.UniqueKeyRetry;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.SignableText;
import nl.codewijzer.codetext.TextHash;
import nl.codewijzer.codetext.VersionComparison;
import nl.codewijzer.codetext.VersionStatus;
import nl.codewijzer.school.SchoolSettings;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;
import nl.codewijzer.signing.internal.CampaignRepository;
import nl.codewijzer.signing.internal.CheckGrading;
import nl.codewijzer.signing.internal.RequestRepository;
import nl.codewijzer.signing.internal.Signature;
import nl.codewijzer.signing.internal.SignatureLedger;
import nl.codewijzer.signing.internal.SignatureRepository;
import nl.codewijzer.signing.internal.SignatureRequest;
import nl.codewijzer.signing.internal.SigningDocuments;
import nl.codewijzer.signing.internal.TypedNames;
import nl.codewijzer.signing.internal.UnderstandingQuestionRepository;
import nl.codewijzer.signing.internal.VerificationCodes;
import nl.codewijzer.staff.StaffDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing as a staff member does it: what is still to sign, the sign page, the signature itself,
 * and one's receipts and certificates. Anyone signed in; each method works on the caller's own
 * requests and signatures (receipts also for the coördinator and the schoolleiding).
 *
 * <p>Signing is idempotent: the database holds one signature per person and version, so a double
 * click or a second tab returns the signature the first one recorded.
 */
@Service
@PreAuthorize(Role.Require.SIGNED_IN)
public class Signing {

    public static final String ROUTE = "ondertekenen";
    public static final String RECEIPT_ROUTE = "ondertekenen/bewijs";
    public static final int MAX_USER_AGENT = 500;
    public static final int MAX_IP_ADDRESS = 45;

    private final RequestRepository requests;
    private final SignatureRepository signatures;
    private final CampaignRepository campaigns;
    private final CodeTexts codeTexts;
    private final StaffDirectory staff;
    private final SchoolSettings settings;
    private final SigningDocuments documents;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final UniqueKeyRetry retry;
    private final Translations translations;
    private final UnderstandingQuestionRepository checks;
    private final SignatureLedger ledger;
    private final Clock clock;

    Signing(RequestRepository requests, SignatureRepository signatures, CampaignRepository campaigns,
            CodeTexts codeTexts, StaffDirectory staff, SchoolSettings settings, SigningDocuments documents,
            CurrentUser currentUser, ApplicationEventPublisher events, UniqueKeyRetry retry,
            Translations translations, UnderstandingQuestionRepository checks, SignatureLedger ledger, Clock clock) {
        this.requests = requests;
        this.signatures = signatures;
        this.campaigns = campaigns;
        this.codeTexts = codeTexts;
        this.staff = staff;
        this.settings = settings;
        this.documents = documents;
        this.currentUser = currentUser;
        this.events = events;
        this.retry = retry;
        this.translations = translations;
        this.checks = checks;
        this.ledger = ledger;
        this.clock = clock;
    }

    // ---- what is still to sign ----

    /** The caller's open requests, the most urgent first. */
    @Transactional(readOnly = true)
    public List<OutstandingRequest> outstanding() {
        var me = currentUser.require().personId();
        var today = today();
        var result = new ArrayList<OutstandingRequest>();
        for (var request : requests.ofPerson(me, RequestStatus.OPEN)) {
            campaigns.findById(request.versionId()).filter(campaign -> campaign.active()).ifPresent(campaign ->
                    result.add(new OutstandingRequest(request.id(), campaign.codeId(), campaign.codeTitle(),
                            campaign.versionId(), campaign.versionNumber(), request.dueDate(), request.overdue(today),
                            previousNumber(me, request), request.roundYear())));
        }
        return result;
    }

    /** The page for the caller's most urgent request; empty if nothing is open. */
    @Transactional(readOnly = true)
    public Optional<SignPage> nextToSign() {
        var open = outstanding();
        return open.isEmpty() ? Optional.empty() : Optional.of(page(open.getFirst(), open.size() - 1));
    }

    /**
     * The page for signing one version: the full text, its SHA-256, and for a re-signer the
     * word-level changes since the version they signed. Refused if the caller need not sign it.
     */
    @Transactional(readOnly = true)
    public SignPage signPage(long versionId) {
        var open = outstanding();
        var request = open.stream().filter(candidate -> candidate.versionId() == versionId).findFirst()
                .orElseThrow(() -> new InvalidInput("version", "signing.error.nothing-to-sign"));
        return page(request, open.size() - 1);
    }

    private SignPage page(OutstandingRequest request, int others) {
        var version = codeTexts.version(request.versionId());
        VersionComparison changes = null;
        if (request.previouslySignedNumber() != null) {
            try {
                changes = codeTexts.compare(request.codeId(), request.previouslySignedNumber(), request.versionNumber());
            } catch (AccessDeniedException | InvalidInput gone) {
                changes = null; // the version they signed was withdrawn: the full text below is what counts
            }
        }
        var me = staff.find(currentUser.require().personId()).orElseThrow();
        return new SignPage(request, version.markdown(), version.summary().sha256(), me.fullName(), changes, others,
                settings.current().recordSigningContext(),
                UnderstandingChecks.shown(checks.ofVersion(request.versionId())));
    }

    // ---- signing ----

    /**
     * Records the caller's signature of a version. Refused, with nothing recorded, when the box is
     * not ticked, the typed name is not the registered name (case, extra spaces and accents aside),
     * the version is no longer the active one, or the text shown was not the version's text. A
     * second call for the same version (double click, another tab) returns the first signature.
     *
     * @param shownSha256 the SHA-256 of the Markdown the page showed
     */
    public SignatureReceipt sign(long versionId, boolean confirmed, @Nullable String typedName, String shownSha256,
            SignContext context) {
        return sign(versionId, confirmed, typedName, shownSha256, Map.of(), context);
    }

    /**
     * Records the caller's signature as {@link #sign(long, boolean, String, String, SignContext)}
     * does, for a version with an understanding check (decision 0043): refused, with nothing
     * recorded, unless every question has its right answer. The signature keeps only the SHA-256
     * of the check passed, never the answers.
     *
     * @param answers per question number, the chosen answer (1-based)
     */
    public SignatureReceipt sign(long versionId, boolean confirmed, @Nullable String typedName, String shownSha256,
            Map<Integer, Integer> answers, SignContext context) {
        var personId = currentUser.require().personId();
        return java.util.Objects.requireNonNull(retry.run(() -> {
            // locked: an edit of the understanding check waits for this signature, or this waits for the edit
            // the caller's one open request of the version: of its own campaign or a yearly round (decision 0053)
            var request = ledger.lockOpen(personId, versionId).orElse(null);
            if (request == null) {
                // another click or tab that recorded it first (and closed the request) makes this one find that
                // signature; an open request means there is none yet, so the usual sign reads no signature at all
                var signed = signatures.allRoundsOf(personId, versionId).stream().findFirst(); // the newest round
                if (signed.isPresent()) {
                    return receipt(signed.get(), isActive(versionId));
                }
            }
            return record(personId, versionId, request, confirmed, typedName == null ? "" : typedName, shownSha256,
                    answers, context);
        }));
    }

    /**
     * Writes the signature. Loads no entity: the request is locked, the signature inserted and the request closed by
     * plain SQL, and the version, the name, the setting and the check are read as columns (decisions 0049 and 0055).
     */
    private SignatureReceipt record(long personId, long versionId, SignatureLedger.@Nullable OpenRequest request,
            boolean confirmed, String typedName, String shownSha256, Map<Integer, Integer> answers,
            SignContext context) {
        var myName = staff.fullName(personId).orElseThrow();
        var problems = new ArrayList<Problem>();
        if (!confirmed) {
            problems.add(new Problem("confirmed", "signing.error.not-confirmed"));
        }
        if (typedName.isBlank()) {
            problems.add(new Problem("typedName", "signing.error.name-missing"));
        } else if (!TypedNames.matches(myName, typedName)) {
            problems.add(new Problem("typedName", "signing.error.name-mismatch", myName));
        }
        var version = activeVersion(versionId);
        if (request == null) {
            throw new InvalidInput("version", "signing.error.not-requested", version.codeTitle(), version.number());
        }
        var storedHash = version.sha256();
        if (!storedHash.equals(shownSha256) || !storedHash.equals(TextHash.sha256(version.markdown()))) {
            // the page showed another text than the one on record: never sign what was not shown
            throw new InvalidInput("version", "signing.error.text-changed");
        }
        var check = ledger.check(versionId);
        if (!CheckGrading.wrong(check, answers).isEmpty()) {
            problems.addFirst(new Problem("check", "signing.error.check-not-passed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        boolean keepContext = settings.recordsSigningContext();
        // the database keeps microseconds: the receipt shows exactly what is on record
        var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        var signature = new Signature(request.id(), personId, myName, typedName.strip().replaceAll("\\s+", " "),
                versionId, version.codeId(), version.codeTitle(), version.number(), storedHash, now,
                translations.getTranslation("signing.method.online-typed", Translations.DUTCH),
                keepContext ? cut(context.ipAddress(), MAX_IP_ADDRESS) : null,
                keepContext ? cut(context.userAgent(), MAX_USER_AGENT) : null, VerificationCodes.next(),
                check.isEmpty() ? null : CheckGrading.sha256(check)).inRound(request.roundYear());
        // a second tab's insert fails here on the unique key, and UniqueKeyRetry answers it with this signature
        long id = ledger.record(signature, request.id());
        events.publishEvent(new SignatureRecorded(id, personId, versionId, version.number(), storedHash, now,
                request.roundYear()));
        return receipt(signature, id, true);
    }

    /** The version, if it is still the active one; otherwise a clear refusal. */
    private SignableText activeVersion(long versionId) {
        var version = codeTexts.signable(versionId).orElse(null);
        if (version == null) {
            // a version a staff member may not read (withdrawn, or a draft) is certainly not the one to sign
            var campaign = campaigns.findById(versionId);
            throw new InvalidInput("version", "signing.error.not-active", campaign.map(c -> c.codeTitle()).orElse("?"),
                    campaign.map(c -> c.versionNumber()).orElse(0));
        }
        if (version.status() != VersionStatus.VASTGESTELD) {
            throw new InvalidInput("version", "signing.error.not-active", version.codeTitle(), version.number());
        }
        return version;
    }

    // ---- receipts and certificates ----

    /** One signature: the caller's own, or anyone's for the coördinator and the schoolleiding. */
    @Transactional(readOnly = true)
    public SignatureReceipt receipt(long signatureId) {
        var signature = readable(signatureId);
        return receipt(signature, isActive(signature.versionId()));
    }

    /** The caller's own signatures, newest first. */
    @Transactional(readOnly = true)
    public List<SignatureReceipt> mySignatures() {
        return signatures.ofPerson(currentUser.require().personId()).stream()
                .map(signature -> receipt(signature, isActive(signature.versionId()))).toList();
    }

    /** The personal certificate as a PDF, with the verification code anyone can check. */
    @Transactional
    public byte[] certificatePdf(long signatureId, Locale locale) {
        var signature = readable(signatureId);
        var pdf = documents.certificate(signature, settings.schoolName(), locale);
        events.publishEvent(new SignatureCertificateDownloaded(signature.id(), signature.personId()));
        return pdf;
    }

    /** The address of the public page where anyone checks a certificate by its verification code. */
    public String verificationAddress() {
        return documents.verificationAddress();
    }

    // ---- helpers ----

    private Signature readable(long signatureId) {
        var signature = signatures.findById(signatureId)
                .orElseThrow(() -> new InvalidInput("signature", "signing.error.signature-not-found"));
        if (signature.personId() != currentUser.require().personId()
                && !currentUser.hasAnyRole(Role.COORDINATOR, Role.SCHOOLLEIDING)) {
            throw new AccessDeniedException("Someone else's signature");
        }
        return signature;
    }

    private boolean isActive(long versionId) {
        return campaigns.findById(versionId).map(campaign -> campaign.active()).orElse(false);
    }

    private @Nullable Integer previousNumber(long personId, SignatureRequest request) {
        var previous = request.previousVersionId();
        return previous == null ? null : signatures.of(personId, previous).map(Signature::versionNumber).orElse(null);
    }

    static SignatureReceipt receipt(Signature signature, boolean active) {
        return receipt(signature, signature.id(), active);
    }

    private static SignatureReceipt receipt(Signature signature, long id, boolean active) {
        return new SignatureReceipt(id, signature.personId(), signature.personName(), signature.typedName(),
                signature.codeId(), signature.codeTitle(), signature.versionId(), signature.versionNumber(),
                signature.sha256(), signature.signedAt(), signature.method(), signature.verificationCode(),
                signature.ipAddress(), signature.userAgent(), active, signature.roundYear(),
                signature.checkSha256() != null);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SchoolTime.ZONE));
    }

    private static @Nullable String cut(@Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var stripped = value.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }
}
