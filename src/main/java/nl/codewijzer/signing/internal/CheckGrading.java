package nl.codewijzer.signing.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.codewijzer.codetext.TextHash;

/**
 * Grading an understanding check (decision 0043): which questions an answer set gets wrong, and
 * the SHA-256 that records which check a signer passed. Stateless: the sign page grades for the
 * signer to learn, the signature grades again, and no attempt is kept in between.
 */
public final class CheckGrading {

    private CheckGrading() {
    }

    /** The questions answered wrong or not at all, in their order. */
    public static List<UnderstandingQuestion> wrong(List<UnderstandingQuestion> check, Map<Integer, Integer> answers) {
        return check.stream().filter(question -> {
            var answer = answers.get(question.number());
            return answer == null || answer != question.rightOption();
        }).toList();
    }

    /** The SHA-256 of the whole check: its questions, answers, right answers, explanations and articles. */
    public static String sha256(List<UnderstandingQuestion> check) {
        // one field per line, one question per block: unambiguous, since no field may hold a line break
        return TextHash.sha256(check.stream().map(question -> question.number() + "\n" + question.question() + "\n"
                + String.join("\n", question.options()) + "\n" + question.rightOption() + "\n"
                + question.explanation() + "\n" + question.article()).collect(Collectors.joining("\n\n")));
    }
}
