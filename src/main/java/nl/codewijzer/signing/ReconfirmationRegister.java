package nl.codewijzer.signing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The register of one yearly round: everyone asked, in Dutch alphabetical order. */
public record ReconfirmationRegister(ReconfirmationRound round, List<Line> lines) {

    /**
     * One person asked; the signature's time, SHA-256 and verification code once they re-confirmed.
     *
     * @param statusKey the message key of the status (open, overdue, signed, ...)
     */
    public record Line(long personId, String name, String statusKey, LocalDate dueDate, @Nullable Instant signedAt,
            @Nullable String sha256, @Nullable String verificationCode) {

        public boolean signed() {
            return signedAt != null;
        }
    }
}
