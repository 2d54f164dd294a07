package nl.codewijzer.pdf;

import java.util.Objects;

/** One row of the block under a document's title, such as "Versie" and "3". */
public record TitleField(String label, String value) {

    public TitleField {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
