package nl.codewijzer.codetext;

import org.jspecify.annotations.Nullable;

/** A starter text from the {@code codes/} folder: a template to fill in, or a complete example. */
public record CodeTemplate(String id, String title, Kind kind, @Nullable String templateId, String markdown) {

    public enum Kind { TEMPLATE, EXAMPLE }
}
