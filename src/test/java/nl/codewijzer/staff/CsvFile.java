package nl.codewijzer.staff;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds staff CSV files the way a school's spreadsheet would save them. Row numbers are the ones
 * the spreadsheet shows: the header is row 1, the first person row 2.
 */
public final class CsvFile {

    public static final String HEADER = "naam;e-mail;rollen;startdatum";
    private static final String[] FIRST_NAMES = {"Jöran", "Anouk", "Şenay", "Lieke", "Mehmet", "Chloë", "Bram", "Zoë"};
    private static final String[] LAST_NAMES = {"de Vries", "Janssen", "Öztürk", "van 't Hof", "Bakker", "Wójcik"};
    private static final String[] ROLES = {"medewerker", "Medewerker|mr-lid-personeel", "coördinator|medewerker",
            "medewerker", "schoolleiding|medewerker", "mr-lid-ouders"};

    private final String header;
    private final List<String> lines = new ArrayList<>();

    private CsvFile(String header) {
        this.header = header;
    }

    public static CsvFile withHeader(String header) {
        return new CsvFile(header);
    }

    /** {@code count} different, valid people with e-mails {@code <prefix>.001@import.example} and on. */
    public static CsvFile generated(int count, String prefix) {
        var file = new CsvFile(HEADER);
        for (int i = 1; i <= count; i++) {
            var name = FIRST_NAMES[i % FIRST_NAMES.length] + " " + LAST_NAMES[i % LAST_NAMES.length] + " " + i;
            var roles = ROLES[i % ROLES.length];
            var start = i % 2 == 0 ? "2024-08-" + String.format("%02d", 1 + i % 28) : (1 + i % 28) + "-8-2023";
            file.line(name + ";" + emailOf(prefix, i) + ";" + roles + ";" + start);
        }
        return file;
    }

    public static String emailOf(String prefix, int person) {
        return "%s.%03d@import.example".formatted(prefix, person);
    }

    public CsvFile line(String line) {
        lines.add(line);
        return this;
    }

    /** Replaces the line a spreadsheet shows as row {@code row} (header = row 1). */
    public CsvFile replaceRow(int row, String line) {
        lines.set(row - 2, line);
        return this;
    }

    public String text() {
        return header + "\r\n" + String.join("\r\n", lines) + "\r\n";
    }

    public byte[] utf8() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] bytes(Charset charset) {
        return text().getBytes(charset);
    }

    public byte[] utf8WithBom() {
        return ("\uFEFF" + text()).getBytes(StandardCharsets.UTF_8);
    }
}
