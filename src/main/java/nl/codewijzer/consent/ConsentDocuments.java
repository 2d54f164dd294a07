package nl.codewijzer.consent;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import nl.codewijzer.base.FileType;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.consent.internal.RoundAttachments;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents the MR is entitled to with a consent round (issue 15, WMS: the bevoegd gezag gives
 * the MR what it needs to decide): PDFs the schoolleiding attaches while the round is open. Members
 * of the MR, the schoolleiding and the coördinator open them from the round; the instemmingsbesluit
 * lists them by name and SHA-256. See docs/decisions/0050-the-mrs-documents.md.
 */
@Service
@PreAuthorize(Role.Require.SIGNED_IN)
public class ConsentDocuments {

    public static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
    static final int MAX_NAME_LENGTH = 255;

    private final RoundAttachments attachments;
    private final RoundRecords records;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsentDocuments(RoundAttachments attachments, RoundRecords records, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.attachments = attachments;
        this.records = records;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the caller may attach PDFs to a round that is open: the schoolleiding. */
    public boolean canAttach(RoundSummary round) {
        return round.status() == RoundStatus.OPEN && currentUser.hasAnyRole(Role.SCHOOLLEIDING);
    }

    /** The round's documents, in the order the MR reads them. */
    @PreAuthorize(ConsentRounds.READERS)
    @Transactional(readOnly = true)
    public List<RoundDocument> documents(long roundId) {
        records.load(roundId);
        return attachments.of(roundId);
    }

    /**
     * Attaches a PDF to an open round. Refused, with the reason at the upload and nothing saved: no
     * file, a file over 10 MB, a file that is not a PDF that opens (whatever its name says), the same
     * file twice, or a round that is no longer open. The addition is on the audit trail.
     */
    @PreAuthorize(Role.Require.SCHOOLLEIDING)
    @Transactional
    public RoundDocument attach(long roundId, @Nullable String fileName, byte @Nullable [] content) {
        // locked like a vote or a close: an attachment either comes before the MR's decision or is refused
        var round = records.locked(roundId);
        if (round.status() != RoundStatus.OPEN) {
            throw new InvalidInput("attachment", "consent.attachment.error.closed");
        }
        if (content == null || content.length == 0) {
            throw new InvalidInput("attachment", "consent.attachment.error.missing");
        }
        if (content.length > MAX_ATTACHMENT_BYTES) {
            throw new InvalidInput("attachment", "consent.attachment.error.too-large");
        }
        if (!FileType.opensAsPdf(content)) {
            throw new InvalidInput("attachment", "consent.attachment.error.not-pdf");
        }
        var sha256 = sha256(content);
        if (attachments.has(roundId, sha256)) {
            throw new InvalidInput("attachment", "consent.attachment.error.duplicate");
        }
        var name = cleanName(fileName);
        var user = currentUser.require();
        var now = clock.instant();
        long id = attachments.add(roundId, name, content, sha256, user.personId(), user.fullName(), now);
        events.publishEvent(new ConsentAttachmentAdded(roundId, id, round.versionId(), content.length, sha256));
        return new RoundDocument(RoundDocument.Kind.ATTACHMENT, id, name, sha256, content.length, user.fullName(), now);
    }

    /** An attachment's bytes as uploaded, for someone who reads the round. */
    @PreAuthorize(ConsentRounds.READERS)
    @Transactional(readOnly = true)
    public byte[] attachment(long roundId, long attachmentId) {
        records.load(roundId);
        return attachments.content(roundId, attachmentId)
                .orElseThrow(() -> new InvalidInput("attachment", "consent.attachment.error.not-found"));
    }

    /** The name without a browser's folder part, at most 255 characters, always ending in .pdf. */
    static String cleanName(@Nullable String fileName) {
        var name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "bijlage"; // Dutch, as the MR sees it; ".pdf" follows below
        }
        if (!FileType.PDF.names(name)) {
            name = name + ".pdf";
        }
        if (name.length() > MAX_NAME_LENGTH) {
            name = name.substring(0, MAX_NAME_LENGTH - 4) + ".pdf";
        }
        return name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java has SHA-256", impossible);
        }
    }
}
