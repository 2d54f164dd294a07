package nl.codewijzer.codetext.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The small YAML front matter of our Markdown files: {@code key: value} lines between two
 * {@code ---} lines, values optionally in double quotes. Deliberately not a YAML library: we write
 * these files ourselves and read only flat string values.
 */
public record FrontMatter(Map<String, String> values, String body) {

    private static final String FENCE = "---";

    /** Splits a file into front matter and body; a file without front matter has an empty map. */
    public static FrontMatter parse(String text) {
        var normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!normalized.startsWith(FENCE + "\n") && !normalized.startsWith(FENCE + "\r\n")) {
            return new FrontMatter(Map.of(), normalized);
        }
        int start = normalized.indexOf('\n') + 1;
        int end = normalized.indexOf("\n" + FENCE, start - 1);
        if (end < 0) {
            return new FrontMatter(Map.of(), normalized);
        }
        var values = new LinkedHashMap<String, String>();
        for (var line : normalized.substring(start, end).split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0 || line.startsWith("#")) {
                continue;
            }
            values.put(line.substring(0, colon).strip(), unquote(line.substring(colon + 1).strip()));
        }
        int bodyStart = normalized.indexOf('\n', end + 1);
        var body = bodyStart < 0 ? "" : normalized.substring(bodyStart + 1);
        return new FrontMatter(Map.copyOf(values), body);
    }

    public @Nullable String get(String key) {
        return values.get(key);
    }

    /** Writes a value so that {@link #parse} reads it back unchanged. */
    public static String quote(@Nullable String value) {
        if (value == null) {
            return "null";
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return value;
    }
}
