package nl.codewijzer.signing;

import java.util.List;
import nl.codewijzer.pdf.SealCheck;
import org.jspecify.annotations.Nullable;

/**
 * The verdict on an uploaded certificate or register PDF.
 *
 * @param signature  for a certificate: the signature its verification code belongs to
 * @param register   for a register: the version it is about and how its entries compare
 * @param mismatches the details in the document that do not match the records (resource keys)
 * @param sealCheck  the seal's details as DSS validated them; null when not sealed or not checked
 */
public record DocumentCheck(Kind kind, Verdict verdict, Seal seal, @Nullable VerifiedSignature signature,
        @Nullable RegisterMatch register, List<String> mismatches, @Nullable SealCheck sealCheck) {

    public DocumentCheck {
        mismatches = List.copyOf(mismatches);
    }

    public DocumentCheck(Kind kind, Verdict verdict, Seal seal, @Nullable VerifiedSignature signature,
            @Nullable RegisterMatch register, List<String> mismatches) {
        this(kind, verdict, seal, signature, register, mismatches, null);
    }

    /** The same verdict with what DSS found about the seal (level, timestamp, validity at signing). */
    DocumentCheck withSealCheck(@Nullable SealCheck check) {
        return new DocumentCheck(kind, verdict, seal, signature, register, mismatches, check);
    }

    public enum Kind { CERTIFICATE, REGISTER, UNKNOWN }

    public enum Verdict {
        /** Everything in the document that identifies signatures matches the records. */
        MATCHES,
        /** The document names a signature or version on record, but its details differ, or its seal is broken. */
        ALTERED,
        /** The document has a verification code or fingerprint that is not on record. */
        NOT_ON_RECORD,
        /** No verification code or fingerprint in it: not a Codewijzer certificate or register. */
        NOT_RECOGNISED,
        /** Not a readable PDF. */
        UNREADABLE;

        public String labelKey() {
            return "signing.verify.verdict." + name();
        }
    }

    public enum Seal {
        /** Sealed with the school's certificate, and nothing changed since. */
        INTACT,
        /** Sealed, and nothing changed since, but not with this school's certificate. */
        FOREIGN,
        /** Sealed, but the file was changed after sealing. */
        BROKEN,
        /** Not sealed (a personal certificate is checked by its code instead). */
        NOT_SEALED,
        /** The seal could not be checked on this server. */
        UNAVAILABLE;

        public String labelKey() {
            return "signing.verify.seal." + name();
        }
    }

    /** A register's version, and how many of its verification codes are signatures of that version. */
    public record RegisterMatch(String codeTitle, int versionNumber, String sha256, int codesInDocument,
            int codesOnRecord, int signaturesOnRecordNow) {
    }
}
