package nl.codewijzer.teamday.internal;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import nl.codewijzer.teamday.Minutes.FollowUpAction;
import org.jspecify.annotations.Nullable;

/** A follow-up action as stored with its agenda item. */
@Embeddable
public class FollowUpRow {

    private String action = "";
    private String owner = "";
    private @Nullable LocalDate due;

    protected FollowUpRow() {
    }

    FollowUpRow(FollowUpAction action) {
        this.action = action.action();
        this.owner = action.owner();
        this.due = action.due();
    }

    FollowUpAction toAction() {
        return new FollowUpAction(action, owner, due);
    }
}
