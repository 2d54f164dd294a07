package nl.codewijzer.provisioning.internal;

import org.jspecify.annotations.Nullable;

/** An answer in RFC 7644 §3.12 form: HTTP status, optional {@code scimType}, and a detail. */
final class ScimException extends RuntimeException {

    private final int status;
    private final @Nullable String scimType;

    ScimException(int status, @Nullable String scimType, String detail) {
        super(detail);
        this.status = status;
        this.scimType = scimType;
    }

    static ScimException invalidValue(String detail) {
        return new ScimException(400, "invalidValue", detail);
    }

    static ScimException notFound(String id) {
        return new ScimException(404, null, "User " + id + " not found");
    }

    int status() {
        return status;
    }

    @Nullable String scimType() {
        return scimType;
    }
}
