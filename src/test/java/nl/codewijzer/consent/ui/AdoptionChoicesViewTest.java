package nl.codewijzer.consent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.Set;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.Reactions;
import nl.codewijzer.ReactionsDone;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.SchoolTime;
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

    /** A new code's concept, put to the MR, consented by both staff members of the MR and decided today. */
    RoundSummary consentedRound(String title) {
        SignIn.as(users, "directeur@school.example");
        var concept = codeTexts.createCode(title + " " + System.nanoTime(), "gedragscode-sociale-media");
        var submitted = submission.submit(concept.id(), "Afgesproken op de teamdag.",
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
}
