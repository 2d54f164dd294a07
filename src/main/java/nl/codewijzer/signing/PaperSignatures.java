package nl.codewijzer.signing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import nl.codewijzer.base.FileType;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.InvalidInput.Problem;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.Translations;
import nl.codewijzer.security.Role;
import nl.codewijzer.signing.internal.CampaignRepository;
import nl.codewijzer.signing.internal.RequestRepository;
import nl.codewijzer.signing.internal.Signature;
import nl.codewijzer.signing.internal.SignatureRepository;
import nl.codewijzer.signing.internal.VerificationCodes;
import nl.codewijzer.staff.StaffDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signatures on paper (issue 14): for someone without an account, a supply teacher for one week
 * say, the coördinator or the schoolleiding records the signature on the printed code, with a scan
 * of the signed page (PDF, JPEG or PNG, at most 5 MB, its type checked by its content). It is an
 * ordinary signature of the version's text with method "papier": it counts in the campaign, appears
 * in the register and on the certificate, and the audit trail names who recorded it.
 */
@Service
@PreAuthorize(SigningCampaigns.LEADERS)
public class PaperSignatures {

    public static final int MAX_SCAN_BYTES = 5 * 1024 * 1024;
    /** How the register and certificate name the method (Dutch, as every stored method is). */
    public static final String METHOD = "papier";

    private final CampaignRepository campaigns;
    private final RequestRepository requests;
    private final SignatureRepository signatures;
    private final StaffDirectory staff;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PaperSignatures(CampaignRepository campaigns, RequestRepository requests, SignatureRepository signatures,
            StaffDirectory staff, ApplicationEventPublisher events, JdbcTemplate jdbc, Clock clock) {
        this.campaigns = campaigns;
        this.requests = requests;
        this.signatures = signatures;
        this.staff = staff;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records that this person signed this version on paper on {@code signedOn}, with the scan. Refused,
     * with the reason at its field and nothing saved: no date, a date in the future or before the
     * adoption, no scan, a scan over 5 MB or whose content is not the PDF, JPEG or PNG its name says,
     * someone not asked to sign this version, or someone who already signed it.
     *
     * @return the signature and its verification code, grouped as printed
     */
    @Transactional
    public Recorded record(long versionId, long personId, @Nullable LocalDate signedOn, @Nullable String fileName,
            byte @Nullable [] scan) {
        return record(versionId, 0, personId, signedOn, fileName, scan);
    }

    /**
     * Records a paper signature as {@link #record(long, long, LocalDate, String, byte[])} does, in a round:
     * 0 for the version's own campaign, else the yearly re-confirmation of that school year (decision 0053).
     * In a yearly round the paper must be dated on or after the day the person was asked again.
     */
    @Transactional
    public Recorded record(long versionId, int roundYear, long personId, @Nullable LocalDate signedOn,
            @Nullable String fileName, byte @Nullable [] scan) {
        var campaign = campaigns.findById(versionId)
                .orElseThrow(() -> new InvalidInput("version", "signing.error.campaign-not-found"));
        if (!campaign.active()) {
            throw new InvalidInput("version", "signing.paper.error.campaign-ended", campaign.versionNumber());
        }
        var person = staff.find(personId).orElseThrow(() -> new InvalidInput("person", "signing.paper.error.not-asked"));
        var request = (roundYear == 0 ? requests.of(personId, versionId)
                : requests.ofRound(versionId, roundYear).stream().filter(r -> r.personId() == personId).findFirst())
                .orElse(null);
        boolean signedAlready = roundYear == 0 ? signatures.of(personId, versionId).isPresent()
                : signatures.allRoundsOf(personId, versionId).stream().anyMatch(s -> s.roundYear() == roundYear);
        if (signedAlready || (request != null && request.status() == RequestStatus.SIGNED)) {
            throw new InvalidInput("person", "signing.paper.error.already-signed", person.fullName());
        }
        if (request == null || !request.open()) {
            throw new InvalidInput("person", "signing.paper.error.not-asked");
        }
        var problems = new ArrayList<Problem>();
        var today = LocalDate.now(clock.withZone(SchoolTime.ZONE));
        // a re-confirmation on paper counts from the day the person was asked again, not from the adoption
        var adopted = LocalDate.ofInstant(roundYear == 0 ? campaign.adoptedAt() : request.requestedAt(), SchoolTime.ZONE);
        if (signedOn == null) {
            problems.add(new Problem("signedOn", "signing.paper.error.date-missing"));
        } else if (signedOn.isAfter(today)) {
            problems.add(new Problem("signedOn", "signing.paper.error.date-future"));
        } else if (signedOn.isBefore(adopted)) {
            problems.add(new Problem("signedOn", roundYear == 0 ? "signing.paper.error.date-before-adoption"
                    : "signing.paper.error.date-before-round", adopted));
        }
        FileType type = null;
        if (scan == null || scan.length == 0 || fileName == null || fileName.isBlank()) {
            problems.add(new Problem("scan", "signing.paper.error.scan-missing"));
        } else if (scan.length > MAX_SCAN_BYTES) {
            problems.add(new Problem("scan", "signing.paper.error.scan-too-large"));
        } else {
            type = FileType.of(fileName, scan).orElse(null);
            if (type == null) {
                problems.add(new Problem("scan", "signing.paper.error.scan-type", fileName));
            }
        }
        if (!problems.isEmpty() || signedOn == null || type == null || scan == null || fileName == null) {
            throw new InvalidInput(problems);
        }
        // the day on the paper; the hour is not known: noon in school time, so the day is the same everywhere
        var signedAt = signedOn.atTime(12, 0).atZone(SchoolTime.ZONE).toInstant();
        var signature = signatures.saveAndFlush(new Signature(request.id(), personId, person.fullName(),
                person.fullName(), versionId, campaign.codeId(), campaign.codeTitle(), campaign.versionNumber(),
                campaign.sha256(), signedAt, METHOD, null, null, VerificationCodes.next()).inRound(roundYear));
        request.signed(clock.instant());
        requests.saveAndFlush(request);
        jdbc.update("insert into signature_scan (signature_id, content_type, file_name, content) values (?, ?, ?, ?)",
                signature.id(), type.mediaType(), cut(fileName.strip(), 255), scan);
        events.publishEvent(new PaperSignatureRecorded(signature.id(), personId, versionId, campaign.versionNumber(),
                campaign.sha256(), signedOn, type.mediaType(), scan.length, roundYear));
        return new Recorded(signature.id(), VerificationCodes.grouped(signature.verificationCode()));
    }

    /** A recorded paper signature: its id (for the certificate) and verification code as printed. */
    public record Recorded(long signatureId, String verificationCode) {
    }

    /** The scan of a paper signature, as uploaded; empty for a signature made in the app. */
    @Transactional(readOnly = true)
    public Optional<byte[]> scan(long signatureId) {
        return jdbc.query("select content from signature_scan where signature_id = ?",
                (row, i) -> row.getBytes(1), signatureId).stream().findFirst();
    }

    private static String cut(String text, int max) {
        var bytes = text.getBytes(StandardCharsets.UTF_8);
        return bytes.length <= max ? text : text.substring(0, Math.min(text.length(), max / 4));
    }
}
