package nl.codewijzer.publication;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One adopted code as the public page shows it: nothing about the people who wrote, voted or adopted it. */
public record PublicCode(String title, int versionNumber, LocalDate adoptedOn, @Nullable LocalDate consentOn, String sha256,
        String markdown) {
}
