package nl.codewijzer.signing.internal;

import static nl.codewijzer.base.SpreadsheetCells.safe;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.codewijzer.base.SchoolTime;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The register of one version as CSV, the way the staff export writes it: UTF-8 with a BOM (Excel
 * then reads "Łukasz" right), {@code ;} between columns, and every text cell that a spreadsheet
 * would run as a formula made harmless.
 */
public final class RegisterCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(SchoolTime.ZONE);

    /**
     * One person asked to sign; {@code signature} is null when they did not sign; {@code note} says why
     * a signature of an earlier version counts (a redactional change), or is empty.
     */
    public record Row(String name, String status, LocalDate dueDate, @Nullable Signature signature, String note) {
    }

    private RegisterCsv() {
    }

    public static byte[] write(SigningCampaign campaign, List<Row> rows) {
        var out = new StringWriter();
        out.write('\uFEFF');
        var format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
                .setHeader("naam", "status", "uiterste datum", "ondertekend op", "gedragscode", "versie", "sha256",
                        "verificatiecode", "wijze", "getypte naam", "ip-adres", "browser", "toelichting").get();
        try (var printer = new CSVPrinter(out, format)) {
            for (var row : rows) {
                var signature = row.signature();
                printer.printRecord(safe(row.name()), row.status(), row.dueDate(),
                        signature == null ? "" : TIME.format(signature.signedAt()),
                        safe(campaign.codeTitle()), signature == null ? campaign.versionNumber() : signature.versionNumber(),
                        signature == null ? "" : signature.sha256(),
                        signature == null ? "" : VerificationCodes.grouped(signature.verificationCode()),
                        signature == null ? "" : safe(signature.method()),
                        signature == null ? "" : safe(signature.typedName()),
                        signature == null || signature.ipAddress() == null ? "" : safe(signature.ipAddress()),
                        signature == null || signature.userAgent() == null ? "" : safe(signature.userAgent()),
                        safe(row.note()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

}
