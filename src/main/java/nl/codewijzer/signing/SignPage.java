package nl.codewijzer.signing;

import java.util.List;
import nl.codewijzer.codetext.VersionComparison;
import org.jspecify.annotations.Nullable;

/**
 * What the sign page shows: the request, the exact text to sign and its SHA-256, the name the
 * person must type, and for a re-signer what changed since the version they signed.
 *
 * @param otherOutstanding how many more versions (of other codes) wait after this one
 * @param recordsContext   whether the school keeps the IP address and browser with a signature
 * @param check            the understanding check to pass before signing, without its answers; empty if none
 */
public record SignPage(OutstandingRequest request, String markdown, String sha256, String registeredName,
        @Nullable VersionComparison changes, int otherOutstanding, boolean recordsContext,
        List<CheckQuestionShown> check) {

    public SignPage {
        check = List.copyOf(check);
    }
}
