package nl.codewijzer.signing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.signing.RequestStatus;
import nl.codewijzer.staff.PersonPseudonymised;
import nl.codewijzer.staff.PersonalDataSource;
import nl.codewijzer.staff.StaffDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What signing keeps about a person, for the AVG: their part of their own data export, and the
 * erasure of their names once the retention period after their employment has passed. Erasure
 * happens in the pseudonymisation's own transaction, so a person's name goes everywhere at once or
 * nowhere; the signatures keep their version, SHA-256, dates and verification code, so the school
 * can still prove that "Oud-medewerker #12" signed version 3 on that day.
 */
@Component
class SigningPrivacy implements PersonalDataSource {

    /** This module's part of the export. */
    record Part(List<OwnSignature> signatures, List<OwnRequest> requests, List<OwnQuestion> questions) {
    }

    /** A question asked before signing, and its answer (decision 0044). */
    record OwnQuestion(String code, int version, String question, Instant askedAt, @Nullable String answer,
            @Nullable Instant answeredAt) {
    }

    record OwnSignature(String code, int version, String sha256, Instant signedAt, String method, String typedName,
            String verificationCode, @Nullable String ipAddress, @Nullable String userAgent) {
    }

    record OwnRequest(String code, int version, Instant requestedAt, LocalDate dueDate, RequestStatus status,
            @Nullable Instant closedAt) {
    }

    private final SignatureRepository signatures;
    private final RequestRepository requests;
    private final CampaignRepository campaigns;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final SignQuestionRepository questions;

    SigningPrivacy(SignatureRepository signatures, RequestRepository requests, CampaignRepository campaigns,
            StaffDirectory staff, CurrentUser currentUser, org.springframework.jdbc.core.JdbcTemplate jdbc,
            SignQuestionRepository questions) {
        this.jdbc = jdbc;
        this.questions = questions;
        this.signatures = signatures;
        this.requests = requests;
        this.campaigns = campaigns;
        this.staff = staff;
        this.currentUser = currentUser;
    }

    @Override
    public String section() {
        return "signing";
    }

    @Override
    @Transactional(readOnly = true)
    public Object dataFor(long personId) {
        PersonalDataSource.requireOwn(currentUser, personId);
        var own = signatures.ofPerson(personId).stream()
                .map(signature -> new OwnSignature(signature.codeTitle(), signature.versionNumber(), signature.sha256(),
                        signature.signedAt(), signature.method(), signature.typedName(),
                        VerificationCodes.grouped(signature.verificationCode()), signature.ipAddress(),
                        signature.userAgent()))
                .toList();
        var asked = requests.ofPerson(personId).stream().map(request -> {
            var campaign = campaigns.findById(request.versionId());
            return new OwnRequest(campaign.map(SigningCampaign::codeTitle).orElse(""),
                    campaign.map(SigningCampaign::versionNumber).orElse(0), request.requestedAt(), request.dueDate(),
                    request.status(), request.closedAt());
        }).toList();
        var questionsAsked = questions.ofPerson(personId).stream().map(question -> {
            var campaign = campaigns.findById(question.versionId());
            return new OwnQuestion(campaign.map(SigningCampaign::codeTitle).orElse(""),
                    campaign.map(SigningCampaign::versionNumber).orElse(0), question.question(), question.askedAt(),
                    question.answer(), question.answeredAt());
        }).toList();
        return new Part(own, asked, questionsAsked);
    }

    /**
     * The person now has a pseudonym instead of a name: so do their signatures, and the scans of
     * their paper signatures (a handwritten signature and name) are deleted, and so are their
     * questions before signing (free text about them); the signatures' hash, version and dates stay.
     */
    @EventListener
    void on(PersonPseudonymised pseudonymised) {
        staff.find(pseudonymised.personId()).ifPresent(person ->
                signatures.eraseNames(person.id(), person.fullName()));
        jdbc.update("delete from signature_scan where signature_id in (select id from signature where person_id = ?)",
                pseudonymised.personId());
        questions.deleteOfPerson(pseudonymised.personId());
    }
}
