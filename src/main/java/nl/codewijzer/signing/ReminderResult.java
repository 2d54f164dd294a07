package nl.codewijzer.signing;

import java.util.List;

/** What a reminder action did: who got one, and who was skipped because they had one today already. */
public record ReminderResult(List<String> sentTo, List<String> skipped) {

    public ReminderResult {
        sentTo = List.copyOf(sentTo);
        skipped = List.copyOf(skipped);
    }
}
