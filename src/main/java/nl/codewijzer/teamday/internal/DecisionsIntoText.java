package nl.codewijzer.teamday.internal;

import java.util.List;
import nl.codewijzer.teamday.Minutes.AgendaResult;

/**
 * Writes a meeting's decisions into a code's Markdown: each decided checklist question's text
 * replaces the body of "### Onze afspraak" in its section "## N. …"; decided extra topics get
 * their own subsection under an "Aanvullende afspraken" section. Pure: no database, no clock.
 */
public final class DecisionsIntoText {

    private DecisionsIntoText() {
    }

    public static DraftText merge(String markdown, List<AgendaResult> items) {
        throw new UnsupportedOperationException("DecisionsIntoText is being written on the teamday-text branch");
    }
}
