package nl.codewijzer.base;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Uploaded text files (CSV imports): strictly UTF-8, so a file saved as ANSI/Latin-1 is refused
 * with a clear message instead of turning "Łukasz" into mangled letters; a leading BOM is removed.
 */
public final class Utf8Files {

    private Utf8Files() {
    }

    /** The text of the file, or empty when it is not valid UTF-8. */
    public static Optional<String> decode(byte[] file) {
        try {
            var text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file))
                    .toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
