package nl.codewijzer.teamday;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One item on a meeting's agenda.
 *
 * @param version  the row version the console read; a decision saved against an older one is refused
 * @param question 1–5 for the checklist question in section "## N." of the code, null for an extra topic
 * @param heading  the short name of the checklist section ("Dagen en tijden"); null for an extra topic
 * @param title    the question in its exact wording, or the topic
 * @param guidance what to talk about, one point per entry
 * @param options  suggested answers (the template's "Mogelijke afspraken"), one per entry
 */
public record AgendaItem(long id, long version, int position, @Nullable Integer question, @Nullable String heading,
        String title, List<String> guidance, List<String> options, boolean skipped, Decision decision) {

    public AgendaItem {
        guidance = List.copyOf(guidance);
        options = List.copyOf(options);
    }
}
