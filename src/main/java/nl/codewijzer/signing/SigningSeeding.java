package nl.codewijzer.signing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.Translations;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.school.SchoolSettings;
import nl.codewijzer.security.Role;
import nl.codewijzer.signing.internal.CampaignRepository;
import nl.codewijzer.signing.internal.ConsentRecord;
import nl.codewijzer.signing.internal.ConsentRecordRepository;
import nl.codewijzer.signing.internal.Reminder;
import nl.codewijzer.signing.internal.ReminderRepository;
import nl.codewijzer.signing.internal.RequestRepository;
import nl.codewijzer.signing.internal.Signature;
import nl.codewijzer.signing.internal.SignatureRepository;
import nl.codewijzer.signing.internal.SignatureRequest;
import nl.codewijzer.signing.internal.SigningCampaign;
import nl.codewijzer.signing.internal.VerificationCodes;
import nl.codewijzer.staff.StaffDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a signing campaign as it happened in the past: only for the demo school, and only from
 * start-up work running as the system. It publishes no events: the audit trail records what
 * happens, not demo history.
 */
@Service
@PreAuthorize(Role.Require.SYSTEM)
public class SigningSeeding {

    /** One person asked to sign; signed at {@code signedAt} (null: not yet), reminded on {@code remindedOn}. */
    public record Seed(long personId, @Nullable Instant signedAt, @Nullable LocalDate remindedOn) {
    }

    private final CampaignRepository campaigns;
    private final ConsentRecordRepository consents;
    private final RequestRepository requests;
    private final SignatureRepository signatures;
    private final ReminderRepository reminders;
    private final CodeTexts codeTexts;
    private final StaffDirectory staff;
    private final SchoolSettings settings;
    private final Translations translations;
    private final java.time.Clock clock;

    SigningSeeding(CampaignRepository campaigns, ConsentRecordRepository consents, RequestRepository requests,
            SignatureRepository signatures, ReminderRepository reminders, CodeTexts codeTexts, StaffDirectory staff,
            SchoolSettings settings, Translations translations, java.time.Clock clock) {
        this.campaigns = campaigns;
        this.consents = consents;
        this.requests = requests;
        this.signatures = signatures;
        this.reminders = reminders;
        this.codeTexts = codeTexts;
        this.staff = staff;
        this.settings = settings;
        this.translations = translations;
        this.clock = clock;
    }

    /**
     * The campaign of an adopted version, adopted at {@code adoptedAt} after the MR's consent on
     * {@code consentDate}; each seed's due date follows the school's rule (the later of adoption and
     * start date, plus the term).
     */
    @Transactional
    public void pastCampaign(long versionId, Instant adoptedAt, LocalDate consentDate, List<Seed> seeds) {
        var version = codeTexts.version(versionId);
        var campaign = campaigns.save(new SigningCampaign(versionId, version.summary().codeId(), version.codeTitle(),
                version.number(), version.summary().sha256(), adoptedAt));
        consents.save(new ConsentRecord(versionId, consentDate, null));
        var adoptionDay = LocalDate.ofInstant(adoptedAt, SchoolTime.ZONE);
        int term = settings.current().signingDueDays();
        var method = translations.getTranslation("signing.method.online-typed", Translations.DUTCH);
        for (var seed : seeds) {
            var member = staff.find(seed.personId()).orElseThrow();
            var start = member.startDate().isAfter(adoptionDay) ? member.startDate() : adoptionDay;
            // asked at the adoption, or, for someone who started since, when they were entered: now at the latest
            var requestedAt = start.equals(adoptionDay) ? adoptedAt
                    : java.util.Collections.min(java.util.List.of(start.atTime(8, 0).atZone(SchoolTime.ZONE).toInstant(),
                            clock.instant()));
            var request = requests.save(new SignatureRequest(member.id(), versionId, requestedAt,
                    start.plusDays(term), null));
            if (seed.signedAt() != null) {
                signatures.save(new Signature(request.id(), member.id(), member.fullName(), member.fullName(), versionId,
                        campaign.codeId(), campaign.codeTitle(), campaign.versionNumber(), campaign.sha256(),
                        seed.signedAt(), method, null, null, VerificationCodes.next()));
                request.signed(seed.signedAt());
            }
            if (seed.remindedOn() != null) {
                reminders.save(new Reminder(member.id(), versionId, seed.remindedOn(),
                        seed.remindedOn().atTime(9, 0).atZone(SchoolTime.ZONE).toInstant(), null));
            }
        }
    }
}
