package nl.codewijzer.staff.internal;

import static nl.codewijzer.base.SpreadsheetCells.safe;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.Utf8Files;
import nl.codewijzer.base.InvalidInput.Problem;
import nl.codewijzer.staff.ImportPreview;
import nl.codewijzer.staff.ImportPreview.Row;
import nl.codewijzer.staff.PersonForm;
import nl.codewijzer.staff.StaffFunction;
import nl.codewijzer.staff.StaffMember;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the staff list as CSV (Apache Commons CSV; see docs/decisions/0003). Accepts what
 * Dutch spreadsheets produce: UTF-8 with or without BOM, {@code ;} or {@code ,} as separator,
 * dates as 2026-08-24 or 24-8-2026.
 */
public final class StaffCsv {

    public static final int MAX_ROWS = 5000;
    static final List<String> COLUMNS = List.of("naam", "e-mail", "rollen", "startdatum");
    private static final Map<String, String> HEADER_ALIASES = Map.ofEntries(
            Map.entry("naam", "naam"), Map.entry("name", "naam"), Map.entry("volledige naam", "naam"),
            Map.entry("e-mail", "e-mail"), Map.entry("email", "e-mail"), Map.entry("e-mailadres", "e-mail"),
            Map.entry("rollen", "rollen"), Map.entry("rol", "rollen"), Map.entry("roles", "rollen"),
            Map.entry("startdatum", "startdatum"), Map.entry("start date", "startdatum"),
            Map.entry("datum in dienst", "startdatum"), Map.entry("in dienst", "startdatum"),
            Map.entry("functie", "functie"), Map.entry("function", "functie"), Map.entry("groep", "functie"));
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

    private StaffCsv() {
    }

    /** Parses a whole file. File-level faults (encoding, header) are thrown; row faults are in the preview. */
    public static ImportPreview read(byte[] file, Collection<String> existingEmails) {
        var text = decodeUtf8(file);
        if (text.isBlank()) {
            throw new InvalidInput("file", "staff.import.empty");
        }
        var format = CSVFormat.DEFAULT.builder()
                .setDelimiter(guessDelimiter(text))
                // Empty lines stay records, so that record numbers are the rows a spreadsheet shows;
                // empty rows are skipped below.
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        try (var parser = CSVParser.parse(new StringReader(text), format)) {
            var records = parser.iterator();
            var header = records.next();
            while (isEmptyRow(header) && records.hasNext()) {
                header = records.next();
            }
            var columns = columnsOf(header);
            var rows = new ArrayList<Row>();
            var existing = new HashSet<>(existingEmails);
            var seen = new HashMap<String, Long>();
            while (records.hasNext()) {
                var record = records.next();
                if (isEmptyRow(record)) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw new InvalidInput("file", "staff.import.too-many", MAX_ROWS);
                }
                rows.add(readRow(record, columns, existing, seen));
            }
            if (rows.isEmpty()) {
                throw new InvalidInput("file", "staff.import.no-rows");
            }
            return new ImportPreview(rows);
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInput("file", "staff.import.unreadable");
        }
    }

    /** Checks a preview again against the people saved meanwhile. */
    public static ImportPreview recheck(ImportPreview preview, Collection<String> existingEmails) {
        var existing = new HashSet<>(existingEmails);
        var rows = preview.rows().stream().map(row -> {
            if (!row.ok() || !existing.contains(Person.normalizeEmail(row.email()))) {
                return row;
            }
            var problems = List.of(new Problem("email", "staff.error.email.duplicate", Person.normalizeEmail(row.email())));
            return new Row(row.rowNumber(), row.fullName(), row.email(), row.roles(), row.startDate(), row.form(), problems);
        }).toList();
        return new ImportPreview(rows);
    }

    public static byte[] write(List<StaffMember> members) {
        var out = new StringWriter();
        out.write('\uFEFF'); // lets Excel recognise UTF-8, so "Łukasz" and "Coördinator" survive
        var format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
                .setHeader("naam", "e-mail", "rollen", "startdatum", "einddatum", "actief", "functie").get();
        try (var printer = new CSVPrinter(out, format)) {
            for (var member : members) {
                printer.printRecord(safe(member.fullName()), safe(member.email()),
                        RoleTokens.format(member.roles(), member.geleding()),
                        member.startDate(), member.endDate() == null ? "" : member.endDate(), member.active() ? "ja" : "nee",
                        member.staffFunction() == null ? "" : member.staffFunction().token());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String decodeUtf8(byte[] file) {
        return Utf8Files.decode(file).orElseThrow(() -> new InvalidInput("file", "staff.import.not-utf8"));
    }

    private static char guessDelimiter(String text) {
        var firstLine = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        return firstLine.chars().filter(c -> c == ';').count() >= firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
    }

    private static Map<String, Integer> columnsOf(CSVRecord header) {
        var columns = new HashMap<String, Integer>();
        for (int i = 0; i < header.size(); i++) {
            var name = header.get(i).strip().toLowerCase(Locale.ROOT);
            var column = HEADER_ALIASES.get(name);
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        var missing = COLUMNS.stream().filter(column -> !columns.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInput("file", "staff.import.bad-header", String.join(", ", missing), String.join(";", COLUMNS));
        }
        return columns;
    }

    private static Row readRow(CSVRecord record, Map<String, Integer> columns, Set<String> existing,
            Map<String, Long> seen) {
        var rowNumber = record.getRecordNumber();
        var name = value(record, columns.get("naam"));
        var email = value(record, columns.get("e-mail"));
        var rolesText = value(record, columns.get("rollen"));
        var startText = value(record, columns.get("startdatum"));
        // optional column: files without it (as before issue 14) leave the function unknown
        var functionText = columns.containsKey("functie") ? value(record, columns.get("functie")) : "";
        var problems = new ArrayList<Problem>();
        var function = functionText.isEmpty() ? null : StaffFunction.fromToken(functionText).orElse(null);
        if (!functionText.isEmpty() && function == null) {
            problems.add(new Problem("staffFunction", "staff.import.error.function-unknown", functionText,
                    String.join(", ", java.util.Arrays.stream(StaffFunction.values()).map(StaffFunction::token).toList())));
        }

        var roles = RoleTokens.parse(rolesText);
        roles.unknown().forEach(token -> problems.add(new Problem("roles", "staff.import.error.role-unknown", token)));
        var startDate = startText.isEmpty() ? null : parseDate(startText);
        if (!startText.isEmpty() && startDate == null) {
            problems.add(new Problem("startDate", "staff.import.error.bad-date", startText));
        }
        var form = new PersonForm(name, email, roles.roles(), roles.geleding(), startDate, null, function);
        for (var problem : PersonRules.check(form)) {
            boolean dateAlreadyReported = problem.field().equals("startDate") && !startText.isEmpty();
            boolean rolesAlreadyReported = problem.messageKey().equals("staff.error.roles.missing") && !roles.unknown().isEmpty();
            if (!dateAlreadyReported && !rolesAlreadyReported) {
                problems.add(problem);
            }
        }
        var normalized = Person.normalizeEmail(email);
        if (!normalized.isEmpty()) {
            var earlier = seen.putIfAbsent(normalized, rowNumber);
            if (earlier != null) {
                problems.add(new Problem("email", "staff.import.error.email-twice", normalized, earlier));
            } else if (existing.contains(normalized)) {
                problems.add(new Problem("email", "staff.error.email.duplicate", normalized));
            }
        }
        return new Row(rowNumber, name, email, rolesText, startText, problems.isEmpty() ? form : null, problems);
    }

    /** An empty line, or a row whose cells are all empty (Excel writes such rows as ";;;"). */
    private static boolean isEmptyRow(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    private static String value(CSVRecord record, @Nullable Integer column) {
        return column != null && column < record.size() ? record.get(column).strip() : "";
    }

    private static @Nullable LocalDate parseDate(String text) {
        for (var format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException ignored) {
                // try the next accepted form
            }
        }
        return null;
    }
}
