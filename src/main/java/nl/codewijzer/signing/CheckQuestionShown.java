package nl.codewijzer.signing;

import java.util.List;

/** A question of the understanding check as the signer sees it: without its right answer. */
public record CheckQuestionShown(int number, String question, List<String> options) {

    public CheckQuestionShown {
        options = List.copyOf(options);
    }
}
