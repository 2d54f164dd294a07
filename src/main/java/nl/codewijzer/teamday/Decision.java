package nl.codewijzer.teamday;

import java.util.List;
import nl.codewijzer.teamday.Minutes.FollowUpAction;

/**
 * What the meeting decided about one agenda item.
 *
 * @param text       the wording that goes into the code ("Onze afspraak"); required when besloten
 * @param exceptions named exceptions, for example "behalve tijdens schoolreizen"
 */
public record Decision(DecisionStatus status, String text, String rationale, String exceptions,
        List<FollowUpAction> followUps) {

    public static final Decision NONE = new Decision(DecisionStatus.OPEN, "", "", "", List.of());

    public Decision {
        followUps = List.copyOf(followUps);
    }
}
