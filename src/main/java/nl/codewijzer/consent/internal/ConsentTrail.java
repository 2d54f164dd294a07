package nl.codewijzer.consent.internal;

import java.util.List;
import nl.codewijzer.codetext.VersionTrail;
import nl.codewijzer.consent.ConsentRounds;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;
import org.springframework.stereotype.Component;

/** Each version's MR rounds, for the code's history: the outcome (or status) and a link to the round. */
@Component
class ConsentTrail implements VersionTrail {

    private final ConsentRounds rounds;
    private final CurrentUser currentUser;

    ConsentTrail(ConsentRounds rounds, CurrentUser currentUser) {
        this.rounds = rounds;
        this.currentUser = currentUser;
    }

    @Override
    public List<Step> stepsOf(long codeId) {
        if (!currentUser.hasAnyRole(Role.COORDINATOR, Role.SCHOOLLEIDING, Role.MR_LID, Role.MR_VOORZITTER)) {
            return List.of(); // the rounds are for those who write, submit or review the code
        }
        return rounds.rounds().stream().filter(round -> round.codeId() == codeId)
                .map(round -> new Step(round.versionId(),
                        round.outcome() != null ? round.outcome().labelKey() : round.status().labelKey(),
                        ConsentRounds.ROUTE + round.id()))
                .toList();
    }
}
