package nl.codewijzer.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.Reactions;
import nl.codewijzer.ReactionsDone;
import nl.codewijzer.SignIn;
import nl.codewijzer.audit.AuditFilter;
import nl.codewijzer.audit.AuditTrail;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.signing.SigningFixtures;
import nl.codewijzer.signing.SigningSeeding;
import nl.codewijzer.staff.StaffDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** The public page's copy follows each adoption; switching is audited; the address is a plain slug of the school's name. */
@CodewijzerTest
class PublicPagesTest {

    @Autowired
    PublicPages pages;
    @Autowired
    PublicReading reading;
    @Autowired
    CodeTexts codeTexts;
    @Autowired
    AuditTrail audit;
    @Autowired
    SigningSeeding seeding;
    @Autowired
    StaffDirectory staff;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    UserDetailsService users;
    @Autowired
    Reactions reactions;

    @Test
    void a_version_adopted_while_the_page_is_on_appears_on_it_and_switching_off_twice_is_refused() {
        SignIn.as(users, "directeur@school.example");
        pages.switchOn();
        try {
            var adopted = new SigningFixtures(codeTexts, seeding, staff, transaction, users, reactions).adopted("Openbaar");
            ReactionsDone.await(reactions);
            assertThat(reading.codes()).filteredOn(code -> code.title().equals(adopted.codeTitle())).singleElement()
                    .satisfies(code -> {
                        assertThat(code.versionNumber()).isEqualTo(1);
                        assertThat(code.sha256()).isEqualTo(adopted.summary().sha256());
                        assertThat(code.markdown()).isEqualTo(adopted.markdown());
                    });
        } finally {
            SignIn.as(users, "directeur@school.example");
            pages.switchOff();
        }
        assertThat(pages.status().enabled()).isFalse();
        var again = catchThrowable(() -> pages.switchOff());
        assertThat(((InvalidInput) again).problems()).extracting(InvalidInput.Problem::messageKey)
                .containsExactly("publication.error.not-on");
        SignIn.as(users, "beheerder@school.example");
        assertThat(audit.page(new AuditFilter(null, null, null, null), 0, 50))
                .extracting(entry -> entry.action()).contains("public-page.on", "public-page.off");
    }

    @Test
    void the_address_is_the_schools_name_in_plain_lowercase_words() {
        assertThat(PublicPages.slug("De Linde (demo)")).isEqualTo("de-linde-demo");
        assertThat(PublicPages.slug("  Sint-Jozefschool Ço & Zoë ")).isEqualTo("sint-jozefschool-co-zoe");
        assertThat(PublicPages.slug("!!!")).isEqualTo("school");
    }
}
