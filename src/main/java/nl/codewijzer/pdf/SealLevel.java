package nl.codewijzer.pdf;

import java.util.Locale;
import java.util.Optional;

/**
 * The PAdES baseline levels a seal can have (ETSI EN 319 142-1), lowest first. Each adds to the one before:
 * B-B a signature; B-T a trusted timestamp over it (when it was made); B-LT the certificates and revocation
 * data needed to validate it later, inside the file; B-LTA a document timestamp over all of that, renewed
 * before the timestamping certificate expires.
 */
public enum SealLevel {
    B_B, B_T, B_LT, B_LTA;

    /** "B-LTA", as ETSI and validators write it. */
    public String label() {
        return name().replace('_', '-');
    }

    public boolean atLeast(SealLevel other) {
        return compareTo(other) >= 0;
    }

    /** Reads "B-LTA", "b_lta", "LTA", "PAdES-BASELINE-LTA" and the like; empty for anything else. */
    public static Optional<SealLevel> parse(String text) {
        var normal = text.strip().toUpperCase(Locale.ROOT).replace('_', '-').replace("PADES-BASELINE-", "B-");
        if (!normal.startsWith("B-")) {
            normal = "B-" + normal;
        }
        for (var level : values()) {
            if (level.label().equals(normal)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
