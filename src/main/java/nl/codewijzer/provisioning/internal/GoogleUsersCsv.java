package nl.codewijzer.provisioning.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.Utf8Files;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the user list that the Google Admin console exports (Directory → Users → "Download users",
 * CSV): a header row such as {@code First Name [Required],Last Name [Required],Email Address
 * [Required],...,Org Unit Path [Required],...,Status [READ ONLY]}, comma-separated, UTF-8. Columns
 * are found by name, with or without the bracketed note, so "all columns" and "current columns"
 * exports both work. Parsed with Apache Commons CSV (decision 0023).
 */
public final class GoogleUsersCsv {

    public static final int MAX_LINES = 20_000;
    static final String FIRST_NAME = "first name";
    static final String LAST_NAME = "last name";
    static final String EMAIL = "email address";
    static final String ORG_UNIT = "org unit path";
    static final String STATUS = "status";
    private static final List<String> REQUIRED = List.of(FIRST_NAME, LAST_NAME, EMAIL);

    /** One user line of the export, its values stripped; {@code lineNumber} as a spreadsheet shows it. */
    public record User(long lineNumber, String firstName, String lastName, String email, String orgUnit, String status) {

        public String fullName() {
            return (firstName + " " + lastName).strip();
        }
    }

    private GoogleUsersCsv() {
    }

    /** The users of the file; file-level faults (encoding, not Google's export, too long) are thrown. */
    public static List<User> read(byte[] file) {
        var text = Utf8Files.decode(file).orElseThrow(() -> new InvalidInput("file", "google.file.not-utf8"));
        if (text.isBlank()) {
            throw new InvalidInput("file", "google.file.empty");
        }
        var format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();
        try (var parser = CSVParser.parse(new StringReader(text), format)) {
            var records = parser.iterator();
            var columns = columnsOf(records.next());
            var users = new ArrayList<User>();
            while (records.hasNext()) {
                var record = records.next();
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (users.size() == MAX_LINES) {
                    throw new InvalidInput("file", "google.file.too-many", MAX_LINES);
                }
                var orgUnit = value(record, columns.get(ORG_UNIT));
                users.add(new User(record.getRecordNumber(), value(record, columns.get(FIRST_NAME)),
                        value(record, columns.get(LAST_NAME)), value(record, columns.get(EMAIL)),
                        orgUnit.isEmpty() ? "/" : orgUnit, value(record, columns.get(STATUS))));
            }
            if (users.isEmpty()) {
                throw new InvalidInput("file", "google.file.no-users");
            }
            return users;
        } catch (IOException | UncheckedIOException unreadable) {
            throw new InvalidInput("file", "google.file.unreadable");
        }
    }

    private static Map<String, Integer> columnsOf(CSVRecord header) {
        var columns = new HashMap<String, Integer>();
        for (int i = 0; i < header.size(); i++) {
            // "Email Address [Required]" and "Email Address" are the same column
            var name = header.get(i).replaceAll("\\[[^]]*]", "").strip().toLowerCase(Locale.ROOT);
            columns.putIfAbsent(name, i);
        }
        var missing = REQUIRED.stream().filter(column -> !columns.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInput("file", "google.file.not-an-export", String.join(", ", missing.stream()
                    .map(GoogleUsersCsv::shownName).toList()));
        }
        return columns;
    }

    private static String shownName(String column) {
        return switch (column) {
            case FIRST_NAME -> "First Name";
            case LAST_NAME -> "Last Name";
            default -> "Email Address";
        };
    }

    private static String value(CSVRecord record, @org.jspecify.annotations.Nullable Integer column) {
        return column != null && column < record.size() ? record.get(column).strip() : "";
    }
}
