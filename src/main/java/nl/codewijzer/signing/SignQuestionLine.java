package nl.codewijzer.signing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A question a staff member asked before signing, with the answer once given (decision 0044).
 *
 * @param askedBy    the asker's name, as the coördinator sees it
 * @param answeredBy the name of who answered; null while unanswered
 */
public record SignQuestionLine(long id, long versionId, String codeTitle, int versionNumber, String askedBy,
        String question, Instant askedAt, @Nullable String answer, @Nullable String answeredBy,
        @Nullable Instant answeredAt) {

    public boolean answered() {
        return answer != null;
    }
}
