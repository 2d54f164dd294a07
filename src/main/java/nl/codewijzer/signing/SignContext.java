package nl.codewijzer.signing;

import org.jspecify.annotations.Nullable;

/** Where a signature came from, as the browser told it. Kept only when the school's setting asks for it. */
public record SignContext(@Nullable String ipAddress, @Nullable String userAgent) {

    public static final SignContext NONE = new SignContext(null, null);
}
