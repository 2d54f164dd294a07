package nl.codewijzer.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.staff.PersonalData;
import nl.codewijzer.staff.Pseudonymisation;
import nl.codewijzer.staff.StaffDirectory;
import nl.codewijzer.staff.StaffService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** What signing keeps about a person: in their own data export, and after the retention period. */
@CodewijzerTest
@Transactional
class SigningPrivacyTest {

    @Autowired
    SigningCampaigns campaigns;
    @Autowired
    Signing signing;
    @Autowired
    SignatureVerification verification;
    @Autowired
    Pseudonymisation pseudonymisation;
    @Autowired
    PersonalData personalData;
    @Autowired
    StaffService staffService;
    @Autowired
    StaffDirectory staff;
    @Autowired
    UserDetailsService users;

    /** Karin Smit's signature of the demo's version 1. */
    private CampaignOverview.SignedLine karinsSignature() {
        SignIn.as(users, "coordinator@school.example");
        var demo = campaigns.activeCampaigns().stream().filter(c -> c.codeTitle().equals("Gedragscode sociale media"))
                .findFirst().orElseThrow();
        return campaigns.overview(demo.versionId()).signed().stream().filter(line -> line.name().equals("Karin Smit"))
                .findFirst().orElseThrow();
    }

    @Test
    void a_persons_own_data_export_holds_their_signatures_and_requests() {
        var signed = karinsSignature();
        SignIn.as(users, "karin.smit@school.example");

        var json = new String(personalData.ownDataAsJson(), StandardCharsets.UTF_8);

        assertThat(json).contains("\"signing\"", signed.verificationCode().substring(0, 5) + "-"
                + signed.verificationCode().substring(5), "Gedragscode sociale media", "online, naam getypt");
    }

    @Test
    void after_the_retention_period_a_leavers_signature_keeps_its_proof_under_the_pseudonym() {
        var signed = karinsSignature();
        SignIn.as(users, "coordinator@school.example");
        var before = signing.receipt(signed.signatureId());
        SignIn.as(users, "beheerder@school.example");
        var karin = staff.find(signed.personId()).orElseThrow();
        staffService.deactivate(karin.id(), karin.startDate());

        SystemActor.runAs(() -> pseudonymisation.pseudonymiseLeavers(LocalDate.now(SchoolTime.ZONE).plusYears(5)));

        SignIn.as(users, "coordinator@school.example");
        var after = signing.receipt(signed.signatureId());
        var pseudonym = staff.find(karin.id()).orElseThrow().fullName();
        assertThat(pseudonym).isNotEqualTo("Karin Smit");
        assertThat(after.personName()).isEqualTo(pseudonym);
        assertThat(after.typedName()).isEqualTo(pseudonym);
        assertThat(after.sha256()).isEqualTo(before.sha256());
        assertThat(after.signedAt()).isEqualTo(before.signedAt());
        assertThat(after.versionId()).isEqualTo(before.versionId());
        assertThat(after.verificationCode()).isEqualTo(before.verificationCode());
        assertThat(verification.byCode(before.verificationCode()).orElseThrow().shortName()).isEqualTo(pseudonym);
    }
}
