package nl.codewijzer.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.Reactions;
import nl.codewijzer.ReactionsDone;
import nl.codewijzer.SignIn;
import nl.codewijzer.audit.AuditFilter;
import nl.codewijzer.audit.AuditTrail;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.notification.Notifications;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.signing.internal.Enrolment;
import nl.codewijzer.staff.StaffDirectory;
import nl.codewijzer.staff.StaffFunction;
import nl.codewijzer.staff.StaffFunctions;
import nl.codewijzer.staff.StaffService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who must sign (issue 14): a version addressed to some groups (staff functions) asks only the
 * people in them; someone who joins such a group later is asked as a new hire is; the register
 * says who must sign.
 */
@CodewijzerTest
class AudienceTest {

    private static final String IRIS = "iris.hendriks@school.example";
    private static final String DAAN = "daan.peters@school.example";

    @Autowired
    SigningCampaigns campaigns;
    @Autowired
    Enrolment enrolment;
    @Autowired
    StaffService staffService;
    @Autowired
    StaffDirectory staff;
    @Autowired
    Notifications notifications;
    @Autowired
    AuditTrail audit;
    @Autowired
    CodeTexts codeTexts;
    @Autowired
    SigningSeeding seeding;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    UserDetailsService users;
    @Autowired
    Reactions reactions;

    @AfterEach
    void functionsAsTheDemoHasThem() {
        setFunction(IRIS, null);
        setFunction(DAAN, null);
        ReactionsDone.await(reactions);
    }

    @Test
    void a_version_for_supply_teachers_asks_only_them_and_whoever_becomes_one_later() throws Exception {
        setFunction(IRIS, StaffFunction.INVALLER);
        setFunction(DAAN, StaffFunction.ONDERWIJZEND);
        ReactionsDone.await(reactions);
        var version = new SigningFixtures(codeTexts, seeding, staff, transaction, users, reactions).adopted(
                "Invallers", versionId -> SystemActor.runAs(() -> {
                    enrolment.chooseAudience(versionId, Set.of(StaffFunction.INVALLER));
                    return null;
                }));

        SignIn.as(users, "coordinator@school.example");
        var overview = campaigns.overview(version.id());
        assertThat(overview.summary().asked()).isEqualTo(1);
        assertThat(overview.outstanding()).extracting(line -> line.name()).containsExactly("Iris Hendriks");

        setFunction(DAAN, StaffFunction.INVALLER);
        ReactionsDone.await(reactions);

        SignIn.as(users, "coordinator@school.example");
        assertThat(campaigns.overview(version.id()).outstanding()).extracting(line -> line.name())
                .containsExactly("Daan Peters", "Iris Hendriks");
        SignIn.as(users, DAAN);
        assertThat(notifications.inbox()).extracting(entry -> entry.subject())
                .contains("Ondertekenen: " + version.codeTitle() + ", versie 1");
        SignIn.as(users, "directeur@school.example");
        var register = SigningPdfTest.text(campaigns.registerPdf(version.id(), Locale.of("nl")));
        assertThat(register).contains("Wie moet tekenen", "Invaller");
        SignIn.as(users, "beheerder@school.example");
        assertThat(audit.page(new AuditFilter("signature.audience-chosen", null, null, null), 0, 50))
                .anySatisfy(entry -> {
                    assertThat(entry.objectId()).isEqualTo(String.valueOf(version.id()));
                    assertThat(entry.details()).isEqualTo("functions=INVALLER");
                });
    }

    @Test
    void without_a_choice_everyone_on_staff_signs_and_the_register_says_so() throws Exception {
        setFunction(IRIS, StaffFunction.VRIJWILLIGER);
        ReactionsDone.await(reactions);
        var version = new SigningFixtures(codeTexts, seeding, staff, transaction, users, reactions).adopted("Iedereen");

        SignIn.as(users, "directeur@school.example");
        assertThat(campaigns.overview(version.id()).summary().asked())
                .isEqualTo(SystemActor.runAs(() -> staff.activeStaff()).size());
        assertThat(SigningPdfTest.text(campaigns.registerPdf(version.id(), Locale.of("nl"))))
                .contains("Wie moet tekenen", "Alle medewerkers");
    }

    private void setFunction(String email, @Nullable StaffFunction function) {
        StaffFunctions.set(staffService, users, email, function);
    }
}
