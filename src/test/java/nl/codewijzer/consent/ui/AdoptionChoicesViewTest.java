package nl.codewijzer.consent.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.Set;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.Reactions;
import nl.codewijzer.ReactionsDone;
import nl.codewijzer.SignIn;
import nl.codewijzer.audit.AuditFilter;
import nl.codewijzer.audit.AuditTrail;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.Translations;
import nl.codewijzer.codetext.TextHash;
import nl.codewijzer.consent.ConsentFollowUps;
import nl.codewijzer.notification.Notifications;
import nl.codewijzer.signing.DocumentCheck;
import nl.codewijzer.signing.SignContext;
import nl.codewijzer.signing.SignatureVerification;
import nl.codewijzer.signing.Signing;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.consent.ConsentDecisions;
import nl.codewijzer.consent.ConsentSubmission;
import nl.codewijzer.consent.ConsentVoting;
import nl.codewijzer.consent.RoundSummary;
import nl.codewijzer.consent.VoteChoice;
import nl.codewijzer.school.VotingGeleding;
import nl.codewijzer.signing.CampaignSummary;
import nl.codewijzer.signing.SigningCampaigns;
import nl.codewijzer.signing.ui.CampaignView;
import nl.codewijzer.staff.StaffFunction;
import nl.codewijzer.staff.StaffFunctions;
import nl.codewijzer.staff.StaffService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the directeur chooses about signing in the adoption dialog (issue 14): who must sign, and
 * what the staff then notice on the signing dashboard.
 */
@CodewijzerTest
class AdoptionChoicesViewTest extends SpringBrowserlessTest {

    private static final String IRIS = "iris.hendriks@school.example";

    @Autowired
    ConsentSubmission submission;
    @Autowired
    ConsentVoting voting;
    @Autowired
    ConsentDecisions decisions;
    @Autowired
    CodeTexts codeTexts;
    @Autowired
    SigningCampaigns campaigns;
    @Autowired
    StaffService staffService;
    @Autowired
    UserDetailsService users;
    @Autowired
    Reactions reactions;
    @Autowired
    ConsentFollowUps followUps;
    @Autowired
    Signing signing;
    @Autowired
    Notifications notifications;
    @Autowired
    SignatureVerification verification;
    @Autowired
    AuditTrail audit;

    @AfterEach
    void functionsAsTheDemoHasThem() {
        setFunction(IRIS, null);
        ReactionsDone.await(reactions);
    }

    @Test
    void the_directeur_ticks_supply_teachers_and_only_they_are_asked_to_sign() {
        setFunction(IRIS, StaffFunction.INVALLER);
        ReactionsDone.await(reactions);
        var round = consentedRound("Invallerscode");

        SignIn.as(users, "directeur@school.example");
        var page = navigate(RoundView.class, round.id());
        test($(Button.class, page.actions).withText("Vaststellen").single()).click();
        var dialog = $(AdoptDialog.class).single();
        assertThat(dialog.audience.getLabel()).isEqualTo("Wie moet tekenen");
        assertThat(dialog.audience.getValue()).as("default: all staff").isEmpty();
        dialog.audience.setValue(Set.of(StaffFunction.INVALLER));
        test(dialog.adopt).click();
        ReactionsDone.await(reactions);

        SignIn.as(users, "coordinator@school.example");
        var overview = campaigns.overview(round.versionId());
        assertThat(overview.summary().asked()).isEqualTo(1);
        assertThat(overview.outstanding()).extracting(line -> line.name()).containsExactly("Iris Hendriks");
        navigate(CampaignView.class);
        @SuppressWarnings("unchecked")
        Select<CampaignSummary> campaign = $(Select.class).single();
        campaign.setValue(campaigns.activeCampaigns().stream()
                .filter(summary -> summary.versionId() == round.versionId()).findFirst().orElseThrow());
        assertThat($(Div.class).id("campaign-summary").getElement().getTextRecursively())
                .contains("Wie moet tekenen: Invaller");
    }

    @Test
    void a_typo_fix_adopted_as_a_redactional_change_keeps_earlier_signatures_and_the_register_says_why()
            throws Exception {
        var first = consentedRound("Tikfoutcode");
        SignIn.as(users, "directeur@school.example");
        assertThat(catchThrowable(() -> followUps.adopt(first.id(), LocalDate.now(SchoolTime.ZONE),
                LocalDate.now(SchoolTime.ZONE).plusYears(1), Set.of(), "Tikfouten")))
                .as("a first version replaces nothing").isInstanceOfSatisfying(InvalidInput.class, invalid ->
                        assertThat(invalid.problems()).extracting(problem -> problem.field()).containsExactly("redactional"));
        followUps.adopt(first.id(), LocalDate.now(SchoolTime.ZONE), LocalDate.now(SchoolTime.ZONE).plusYears(1));
        ReactionsDone.await(reactions);
        SignIn.as(users, "docent@school.example");
        var page = signing.signPage(first.versionId());
        var signed = signing.sign(first.versionId(), true, "Bart de Vries", TextHash.sha256(page.markdown()),
                SignContext.NONE);

        SignIn.as(users, "coordinator@school.example");
        var fixed = codeTexts.startDraft(first.versionId(), page.markdown() + "\n\nTikfout verbeterd.\n",
                "Tikfouten verbeterd", null);
        var second = consentedRound(fixed.id());
        SignIn.as(users, "directeur@school.example");
        var round = navigate(RoundView.class, second.id());
        test($(Button.class, round.actions).withText("Vaststellen").single()).click();
        var dialog = $(AdoptDialog.class).single();
        assertThat(dialog.redactional.getValue()).as("default: everyone signs again").isFalse();
        assertThat(dialog.redactionalReason.isVisible()).isFalse();
        dialog.redactional.setValue(true);
        assertThat(dialog.redactionalReason.isVisible()).isTrue();
        test(dialog.adopt).click();
        assertThat(dialog.redactionalReason.getErrorMessage())
                .isEqualTo("Geef de reden van de redactionele wijziging; die komt in het register.");
        assertThat(codeTexts.active(first.codeId()).orElseThrow().id()).as("nothing adopted").isEqualTo(first.versionId());

        dialog.redactionalReason.setValue("Tikfouten in artikel 3 verbeterd");
        test(dialog.adopt).click();
        ReactionsDone.await(reactions);
        assertThat($(Paragraph.class).id("round-redactional").getText()).isEqualTo(
                "Redactionele wijziging: eerdere handtekeningen blijven gelden. Reden: Tikfouten in artikel 3 verbeterd");

        SignIn.as(users, "docent@school.example");
        assertThat(signing.outstanding()).noneMatch(request -> request.versionId() == second.versionId());
        assertThat(notifications.inbox()).extracting(entry -> entry.subject())
                .noneMatch(subject -> subject.contains(second.codeTitle() + ", versie 2"));

        SignIn.as(users, "coordinator@school.example");
        var overview = campaigns.overview(second.versionId());
        assertThat(overview.summary().signed()).isEqualTo(1);
        assertThat(overview.outstanding()).extracting(line -> line.name()).doesNotContain("Bart de Vries")
                .contains("Iris Hendriks");
        assertThat(overview.signed()).singleElement().satisfies(line -> {
            assertThat(line.name()).isEqualTo("Bart de Vries");
            assertThat(line.carriedFromVersion()).isEqualTo(1);
        });
        var register = campaigns.registerPdf(second.versionId(), Translations.DUTCH);
        var text = pdfText(register).replaceAll("\\s+", " ");
        assertThat(text).contains("Redactionele wijziging", "Tikfouten in artikel 3 verbeterd", "Bart de Vries",
                "Wie versie 1 ondertekende, hoeft niet opnieuw te tekenen");
        assertThat(text.replace(" ", "")).contains(first.sha256());
        var check = verification.check(register);
        assertThat(check.mismatches()).as("the register checks out on the verification page:\n" + text).isEmpty();
        assertThat(check.verdict()).isEqualTo(DocumentCheck.Verdict.MATCHES);
        assertThat(check.register().codesOnRecord()).isEqualTo(1);
        var csv = new String(campaigns.registerCsv(second.versionId()), StandardCharsets.UTF_8);
        assertThat(csv).as("the version each person signed").contains(";1;" + first.sha256() + ";" + signed.groupedCode())
                .contains("Getekend onder versie 1; geldt door redactionele wijziging: Tikfouten in artikel 3 verbeterd");

        SignIn.as(users, "beheerder@school.example");
        assertThat(audit.page(new AuditFilter("signature.carried-over", null, null, null), 0, 50)).anySatisfy(entry ->
                assertThat(entry.details()).contains("number=2", "signedNumber=1", "reason=Tikfouten in artikel 3 verbeterd"));
    }

    /** A new code's concept, put to the MR, consented by both staff members of the MR and decided today. */
    RoundSummary consentedRound(String title) {
        SignIn.as(users, "directeur@school.example");
        return consentedRound(codeTexts.createCode(title + " " + System.nanoTime(), "gedragscode-sociale-media").id());
    }

    /** This concept, put to the MR, consented by both staff members of the MR and decided today. */
    RoundSummary consentedRound(long conceptId) {
        SignIn.as(users, "directeur@school.example");
        var submitted = submission.submit(conceptId, "Afgesproken op de teamdag.",
                LocalDate.now(SchoolTime.ZONE).plusDays(21), VotingGeleding.PERSONEEL);
        for (var email : new String[] {"mr.lid@school.example", "mr.voorzitter@school.example"}) {
            SignIn.as(users, email);
            voting.vote(submitted.id(), VoteChoice.INSTEMMEN, null);
        }
        decisions.close(submitted.id(), LocalDate.now(SchoolTime.ZONE), null);
        return submitted;
    }

    private void setFunction(String email, @Nullable StaffFunction function) {
        StaffFunctions.set(staffService, users, email, function);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
