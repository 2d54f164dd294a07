package nl.codewijzer.codetext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which sections of a code differ between two versions: the level-2 headings ("## 1. Contact via
 * sociale media") whose text changed, was added or was removed, as a reader of the comparison wants
 * to know before reading the lines (issue 19, item 5). Text before the first section counts as the
 * section "" (the title and introduction). Headings inside fenced code blocks are not headings.
 */
public final class ChangedSections {

    private ChangedSections() {
    }

    /** The headings of the sections that differ: those of {@code to} in its order, then those only {@code from} has. */
    public static List<String> between(String from, String to) {
        var before = sections(from);
        var after = sections(to);
        var changed = new ArrayList<String>();
        after.forEach((heading, body) -> {
            if (!body.equals(before.get(heading))) {
                changed.add(heading);
            }
        });
        before.keySet().stream().filter(heading -> !after.containsKey(heading)).forEach(changed::add);
        return List.copyOf(changed);
    }

    /**
     * The level-2 headings of a text in their order, each once: the articles a reader refers to
     * (the understanding check before signing names the article a question comes from).
     */
    public static List<String> headings(String markdown) {
        return sections(markdown).keySet().stream().filter(heading -> !heading.isEmpty()).toList();
    }

    private static Map<String, String> sections(String markdown) {
        var sections = new LinkedHashMap<String, String>();
        var heading = "";
        var body = new StringBuilder();
        boolean fenced = false;
        for (var line : markdown.replace("\r\n", "\n").split("\n", -1)) {
            var stripped = line.strip();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fenced = !fenced;
            }
            if (!fenced && line.startsWith("## ")) {
                sections.merge(heading, body.toString().strip(), (first, second) -> first + "\n" + second);
                heading = line.substring(3).strip();
                body = new StringBuilder();
            } else {
                body.append(line).append('\n');
            }
        }
        sections.merge(heading, body.toString().strip(), (first, second) -> first + "\n" + second);
        return sections;
    }
}
