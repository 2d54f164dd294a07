package nl.codewijzer.signing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A version the signed-in person still has to sign.
 *
 * @param previouslySignedNumber the version of this code the person signed before, if any: they
 *     re-sign, and see what changed since
 */
public record OutstandingRequest(long requestId, long codeId, String codeTitle, long versionId, int versionNumber,
        LocalDate dueDate, boolean overdue, @Nullable Integer previouslySignedNumber) {

    public boolean resign() {
        return previouslySignedNumber != null;
    }
}
