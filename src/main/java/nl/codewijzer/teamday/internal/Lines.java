package nl.codewijzer.teamday.internal;

import java.util.List;

/** Lists of short texts (discussion points, answer options) stored as one column, one entry per line. */
public final class Lines {

    private Lines() {
    }

    public static String join(List<String> entries) {
        return String.join("\n", clean(entries));
    }

    public static List<String> split(String stored) {
        return stored.isBlank() ? List.of() : stored.lines().filter(line -> !line.isBlank()).toList();
    }

    /** Trims each entry, folds line breaks inside an entry to spaces and drops empty entries. */
    public static List<String> clean(List<String> entries) {
        return entries.stream().map(entry -> entry.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip())
                .filter(entry -> !entry.isEmpty()).toList();
    }
}
