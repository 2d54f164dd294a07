package nl.codewijzer.signing;

import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.Translations;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.pdf.ArchivedPdf;
import nl.codewijzer.pdf.SealedArchive;
import nl.codewijzer.pdf.TimestampUnavailable;
import nl.codewijzer.school.SchoolSettings;
import nl.codewijzer.signing.internal.CampaignRepository;
import nl.codewijzer.signing.internal.ConsentRecord;
import nl.codewijzer.signing.internal.ConsentRecordRepository;
import nl.codewijzer.signing.internal.SigningCampaign;
import nl.codewijzer.signing.internal.SigningDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The school's own archived copy of each adopted code with its MR decision: sealed once, in Dutch,
 * kept in the {@link SealedArchive} and renewed there before its timestamps lose their certificate,
 * so that years later the school shows the same file, still verifiable. Archived by a nightly job
 * (and on first download); without a school certificate nothing is archived, as nothing is sealed.
 */
@Service
@PreAuthorize(SigningCampaigns.LEADERS)
public class AdoptedCodeArchive {

    private static final Logger log = LoggerFactory.getLogger(AdoptedCodeArchive.class);

    /** The kind of document in the archive. */
    public static final String KIND = "adopted-code";

    private final CampaignRepository campaigns;
    private final ConsentRecordRepository consents;
    private final CodeTexts codeTexts;
    private final SchoolSettings settings;
    private final SigningDocuments documents;
    private final SealedArchive archive;

    AdoptedCodeArchive(CampaignRepository campaigns, ConsentRecordRepository consents, CodeTexts codeTexts,
            SchoolSettings settings, SigningDocuments documents, SealedArchive archive) {
        this.campaigns = campaigns;
        this.consents = consents;
        this.codeTexts = codeTexts;
        this.settings = settings;
        this.documents = documents;
        this.archive = archive;
    }

    /**
     * The archived copy of an adopted version, archived now if it was not yet; when documents are
     * not sealed on this server, refused with the reason.
     */
    public ArchivedPdf of(long versionId) {
        var kept = archive.find(KIND, versionId);
        if (kept.isPresent()) {
            return kept.get();
        }
        if (!documents.sealing()) {
            throw new InvalidInput("version", "signing.archive.not-sealing");
        }
        var campaign = campaigns.findById(versionId)
                .orElseThrow(() -> new InvalidInput("version", "signing.error.campaign-not-found"));
        return archive(campaign);
    }

    /** Archives every adopted version that has no archived copy yet (the nightly job); returns how many. */
    public int archiveMissing() {
        if (!documents.sealing()) {
            return 0;
        }
        int archived = 0;
        for (var campaign : campaigns.newestFirst()) {
            if (archive.find(KIND, campaign.versionId()).isEmpty()) {
                try {
                    archive(campaign);
                } catch (TimestampUnavailable unavailable) {
                    log.warn("Adopted versions not archived today: the time-stamping authority {} does not answer",
                            unavailable.authority());
                    break;
                }
                archived++;
            }
        }
        return archived;
    }

    private ArchivedPdf archive(SigningCampaign campaign) {
        var consent = consents.findById(campaign.versionId());
        var pdf = documents.adoptedCode(campaign, codeTexts.version(campaign.versionId()).markdown(),
                consent.map(ConsentRecord::decisionDate).orElse(null), consent.map(ConsentRecord::roundId).orElse(null),
                settings.schoolName(), Translations.DUTCH);
        return archive.keep(KIND, campaign.versionId(), campaign.codeTitle() + " v" + campaign.versionNumber(), pdf);
    }
}
