package nl.codewijzer.base;

import java.util.List;

/**
 * Input a service refused, with the reason for each field. Nothing was saved. Views show each
 * problem at its field; the error handler shows any that reach it as a message.
 */
public class InvalidInput extends RuntimeException {

    /** One refused value: the field it belongs to, a resource key and the key's parameters. */
    public record Problem(String field, String messageKey, List<Object> args) {
        public Problem(String field, String messageKey, Object... args) {
            this(field, messageKey, List.of(args));
        }
    }

    private final List<Problem> problems;

    public InvalidInput(List<Problem> problems) {
        super(problems.toString());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An InvalidInput needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidInput(String field, String messageKey, Object... args) {
        this(List.of(new Problem(field, messageKey, args)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
