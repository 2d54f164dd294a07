package nl.codewijzer.demo;

import nl.codewijzer.codetext.CodeTemplates;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionStatus;
import nl.codewijzer.security.SystemActor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo school's code of conduct: version 1, the example from {@code codes/}, written by the
 * coördinator and adopted by the director; version 2, a newer draft from a team evaluation.
 */
@Component
@ConditionalOnProperty(name = "codewijzer.demo.enabled", havingValue = "true")
class DemoCode {

    static final String EXAMPLE_ID = "voorbeeld-de-linde";
    static final String TITLE = "Gedragscode sociale media";

    private final CodeTexts codeTexts;
    private final CodeTemplates templates;
    private final UserDetailsService users;

    DemoCode(CodeTexts codeTexts, CodeTemplates templates, UserDetailsService users) {
        this.codeTexts = codeTexts;
        this.templates = templates;
        this.users = users;
    }

    void create() {
        var example = templates.find(EXAMPLE_ID).orElseThrow(
                () -> new IllegalStateException("The demo needs codes/" + EXAMPLE_ID + ".md"));
        var coordinator = users.loadUserByUsername("coordinator@school.example");
        var director = users.loadUserByUsername("directeur@school.example");
        var chair = users.loadUserByUsername("mr.voorzitter@school.example");
        var first = SystemActor.runAsPerson(coordinator, () -> codeTexts.createCode(TITLE, example.id()));
        SystemActor.runAsPerson(director, () -> codeTexts.transition(first.id(), VersionStatus.TER_INSTEMMING));
        SystemActor.runAsPerson(chair, () -> codeTexts.transition(first.id(), VersionStatus.INGESTEMD));
        SystemActor.runAsPerson(director, () -> codeTexts.transition(first.id(), VersionStatus.VASTGESTELD));
        var revised = example.markdown()
                .replace("19.00", "20.00")
                + "\nDeze versie is een voorstel na de evaluatie in het team: berichten mogen tot 20.00 uur, "
                + "omdat veel leerlingen 's avonds pas aan hun huiswerk beginnen.\n";
        SystemActor.runAsPerson(coordinator, () -> codeTexts.startDraft(first.id(), revised,
                "Voorstel na de evaluatie: bereikbaar tot 20.00 uur in plaats van 19.00 uur", "Teamoverleg evaluatie"));
    }
}
