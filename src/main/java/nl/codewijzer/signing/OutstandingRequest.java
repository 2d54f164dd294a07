package nl.codewijzer.signing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A version the signed-in person still has to sign.
 *
 * @param previouslySignedNumber the version of this code the person signed before, if any: they
 *     re-sign, and see what changed since
 * @param roundYear              0 for the version's own campaign; for a yearly re-confirmation (decision 0053)
 *     the first calendar year of its school year
 */
public record OutstandingRequest(long requestId, long codeId, String codeTitle, long versionId, int versionNumber,
        LocalDate dueDate, boolean overdue, @Nullable Integer previouslySignedNumber, int roundYear) {

    /** Whether this is a yearly re-confirmation of a version the person may have signed before. */
    public boolean reconfirmation() {
        return roundYear != 0;
    }

    public boolean resign() {
        return previouslySignedNumber != null;
    }
}
