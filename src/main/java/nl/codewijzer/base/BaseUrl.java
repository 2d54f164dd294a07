package nl.codewijzer.base;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code codewijzer.base-url}: the address at which the school reaches Codewijzer, for example
 * {@code https://codewijzer.de-linde.nl}. Unset by default: links then follow the address the browser
 * used (see {@link PublicAddress} and decision 0021). The one place this setting is read.
 */
@ConfigurationProperties("codewijzer")
public record BaseUrl(@Nullable String baseUrl) {

    /** The configured address without a trailing slash, or empty when none is set. */
    public Optional<String> configured() {
        if (baseUrl == null || baseUrl.isBlank()) {
            return Optional.empty();
        }
        var trimmed = baseUrl.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return Optional.of(trimmed);
    }
}
