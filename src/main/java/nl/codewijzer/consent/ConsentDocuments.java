package nl.codewijzer.consent;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import nl.codewijzer.base.FileType;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.Sha256;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionSummary;
import nl.codewijzer.consent.internal.ComparisonPdf;
import nl.codewijzer.consent.internal.ConsentRound;
import nl.codewijzer.consent.internal.RoundAttachments;
import nl.codewijzer.notification.Notifications;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;
import nl.codewijzer.teamday.DraftMinutes;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents the MR is entitled to with a consent round (issue 15, WMS: the bevoegd gezag gives
 * the MR what it needs to decide): the minutes of the team day(s) whose decisions made the concept
 * (found through the concept's line of versions back to the code in force, asked of {@code teamday}),
 * the comparison with the code in force, and PDFs the schoolleiding attaches while the round is open. Members
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
    private final CodeTexts codeTexts;
    private final DraftMinutes draftMinutes;
    private final ComparisonPdf comparisonPdf;
    private final Notifications notifications;

    ConsentDocuments(RoundAttachments attachments, RoundRecords records, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, CodeTexts codeTexts, DraftMinutes draftMinutes,
            ComparisonPdf comparisonPdf, Notifications notifications) {
        this.notifications = notifications;
        this.codeTexts = codeTexts;
        this.draftMinutes = draftMinutes;
        this.comparisonPdf = comparisonPdf;
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

    /** The round's documents, in the order the MR reads them: minutes, comparison, attachments. */
    @PreAuthorize(ConsentRounds.READERS)
    @Transactional(readOnly = true)
    public List<RoundDocument> documents(long roundId) {
        var round = records.load(roundId);
        var compared = records.comparedNumber(round);
        var documents = new ArrayList<RoundDocument>();
        for (var meeting : draftMinutes.behind(line(round, compared))) {
            documents.add(new RoundDocument(RoundDocument.Kind.MINUTES, meeting.meetingId(),
                    records.dutch("consent.documents.minutes", meeting.title(), RoundRecords.dutchDate(meeting.heldOn())),
                    null, 0, null, null));
        }
        if (compared != null) {
            documents.add(new RoundDocument(RoundDocument.Kind.COMPARISON, compared,
                    records.dutch("consent.documents.comparison", round.versionNumber(), compared), null, 0, null, null));
        }
        documents.addAll(attachments.of(roundId));
        return documents;
    }

    /** One of the round's documents as a PDF: minutes and comparison are made now, an attachment is as uploaded. */
    @PreAuthorize(ConsentRounds.READERS)
    @Transactional(readOnly = true)
    public byte[] open(long roundId, RoundDocument.Kind kind, long id, Locale locale) {
        var round = records.load(roundId);
        return switch (kind) {
            case ATTACHMENT -> attachments.content(roundId, id).orElseThrow(ConsentDocuments::notFound);
            case MINUTES -> {
                // only the minutes behind this round's concept, not any meeting's
                boolean behind = draftMinutes.behind(line(round, records.comparedNumber(round))).stream()
                        .anyMatch(meeting -> meeting.meetingId() == id);
                if (!behind) {
                    throw notFound();
                }
                yield draftMinutes.minutesPdf(id, locale);
            }
            case COMPARISON -> {
                var compared = records.comparedNumber(round);
                if (compared == null || compared != id) {
                    throw notFound();
                }
                yield comparisonPdf.render(round.codeTitle(),
                        codeTexts.compare(round.codeId(), compared, round.versionNumber()), locale);
            }
        };
    }

    private static InvalidInput notFound() {
        return new InvalidInput("document", "consent.documents.error.not-found");
    }

    /**
     * The ids of the round's version and the versions it grew from, back to (not including) the one
     * it is compared with, or to the first version: the concepts that team days may have made.
     */
    private List<Long> line(ConsentRound round, @Nullable Integer compared) {
        var byNumber = new HashMap<Integer, VersionSummary>();
        codeTexts.history(round.codeId()).forEach(version -> byNumber.put(version.number(), version));
        var ids = new ArrayList<Long>();
        Integer number = round.versionNumber();
        while (number != null && (compared == null || number > compared) && ids.size() < byNumber.size()) {
            var version = byNumber.get(number);
            if (version == null) {
                break;
            }
            ids.add(version.id());
            number = version.parentNumber();
        }
        return ids;
    }

    /**
     * Attaches a PDF to an open round. Refused, with the reason at the upload and nothing saved: no
     * file, a file over 10 MB, a file that is not a PDF that opens (whatever its name says), the same
     * file twice, or a round that is no longer open. The addition is on the audit trail, and the
     * members who vote in the round are notified.
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
        var sha256 = Sha256.hex(content);
        if (attachments.has(roundId, sha256)) {
            throw new InvalidInput("attachment", "consent.attachment.error.duplicate");
        }
        var name = cleanName(fileName);
        var user = currentUser.require();
        var now = clock.instant();
        long id = attachments.add(roundId, name, content, sha256, user.personId(), user.fullName(), now);
        events.publishEvent(new ConsentAttachmentAdded(roundId, id, round.versionId(), content.length, sha256));
        // a document that arrives while members may already have voted: each voting member hears of it
        for (var member : records.voters(round.votingGeleding())) {
            notifications.notify(member.id(),
                    records.dutch("consent.notify.attachment.subject", round.codeTitle(), round.versionNumber()),
                    records.dutch("consent.notify.attachment.body", user.fullName(), name, round.codeTitle(),
                            round.versionNumber(), RoundRecords.dutchDate(round.deadline())),
                    ConsentRounds.ROUTE + roundId, ConsentRounds.MAIL_READERS);
        }
        return new RoundDocument(RoundDocument.Kind.ATTACHMENT, id, name, sha256, content.length, user.fullName(), now);
    }

    /**
     * Takes an attachment back while the round is open (the wrong file was added): once the MR has
     * decided, the instemmingsbesluit names the attachments, and they stay. On the audit trail.
     */
    @PreAuthorize(Role.Require.SCHOOLLEIDING)
    @Transactional
    public void remove(long roundId, long attachmentId) {
        var round = records.locked(roundId);
        if (round.status() != RoundStatus.OPEN) {
            throw new InvalidInput("attachment", "consent.attachment.error.closed");
        }
        var line = attachments.line(roundId, attachmentId).orElseThrow(ConsentDocuments::notFound);
        attachments.remove(roundId, attachmentId);
        events.publishEvent(new ConsentAttachmentRemoved(roundId, attachmentId, round.versionId(),
                String.valueOf(line.sha256())));
    }

    /** An attachment's bytes as uploaded, for someone who reads the round. */
    @PreAuthorize(ConsentRounds.READERS)
    @Transactional(readOnly = true)
    public byte[] attachment(long roundId, long attachmentId) {
        return open(roundId, RoundDocument.Kind.ATTACHMENT, attachmentId, Locale.ROOT);
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

}
