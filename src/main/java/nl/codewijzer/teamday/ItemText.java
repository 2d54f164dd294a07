package nl.codewijzer.teamday;

import java.util.List;

/** The editable text of an agenda item: its question or topic, discussion points and answer options. */
public record ItemText(String title, List<String> guidance, List<String> options) {

    public ItemText {
        guidance = List.copyOf(guidance);
        options = List.copyOf(options);
    }
}
