package nl.codewijzer.signing;

import java.util.List;
import nl.codewijzer.codetext.VersionStatus;

/**
 * A version's understanding check as the editor shows it.
 *
 * @param articles the version's level-2 headings, to pick each question's article from
 * @param frozen   whether someone has signed the version already: then the check can no longer change
 */
public record UnderstandingCheck(long versionId, String codeTitle, int versionNumber, VersionStatus status,
        List<CheckQuestion> questions, List<String> articles, boolean frozen) {
}
