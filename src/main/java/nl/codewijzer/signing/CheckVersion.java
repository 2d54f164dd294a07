package nl.codewijzer.signing;

import nl.codewijzer.codetext.VersionStatus;

/** A version whose understanding check may be prepared: a concept on its way, or the adopted one. */
public record CheckVersion(long versionId, String codeTitle, int versionNumber, VersionStatus status,
        int questions) {
}
