package nl.codewijzer.signing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The register of one yearly round: everyone asked, in Dutch alphabetical order. */
public record ReconfirmationRegister(ReconfirmationRound round, List<Line> lines) {

    /**
     * One person asked; the signature's time, SHA-256, verification code and method once they re-confirmed.
     *
     * @param statusKey the message key of the status (open, overdue, signed, ...)
     * @param open      whether the request is still open: the person may still re-confirm in this round
     * @param lastReminded the day of the last reminder since the round began (by hand or by the schedule), if any
     * @param reminders how many reminders since the round began
     */
    public record Line(long personId, String name, String statusKey, LocalDate dueDate, boolean open,
            @Nullable Long signatureId, @Nullable Instant signedAt, @Nullable String sha256,
            @Nullable String verificationCode, @Nullable String method, @Nullable LocalDate lastReminded,
            int reminders) {

        public boolean signed() {
            return signedAt != null;
        }

        /** The verification code as printed ("ACDEF-GHJKM"); empty before the re-confirmation. */
        public String groupedCode() {
            return verificationCode == null ? "" : nl.codewijzer.signing.internal.VerificationCodes.grouped(verificationCode);
        }
    }
}
