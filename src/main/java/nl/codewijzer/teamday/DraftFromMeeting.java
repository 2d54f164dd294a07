package nl.codewijzer.teamday;

import java.util.List;
import nl.codewijzer.teamday.Minutes.AgendaResult;
import org.jspecify.annotations.Nullable;

/**
 * The concept version made from a closed meeting's decisions.
 *
 * @param parentNumber the version it continues; the compare view shows what the meeting changed against it
 * @param undecided    items whose decision did not go into the text (not besloten, skipped, no text)
 */
public record DraftFromMeeting(long codeId, long versionId, int number, @Nullable Integer parentNumber,
        List<AgendaResult> written, List<AgendaResult> undecided) {

    public DraftFromMeeting {
        written = List.copyOf(written);
        undecided = List.copyOf(undecided);
    }
}
