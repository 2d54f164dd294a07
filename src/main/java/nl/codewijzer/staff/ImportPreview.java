package nl.codewijzer.staff;

import java.util.List;
import nl.codewijzer.base.InvalidInput.Problem;
import org.jspecify.annotations.Nullable;

/** What a CSV import would do, row by row, before anything is saved. */
public record ImportPreview(List<Row> rows) {

    /**
     * One data row as read. {@code rowNumber} is the row as a spreadsheet shows it (the header is
     * row 1). {@code form} is set when the row could be read; {@code problems} says why not.
     */
    public record Row(long rowNumber, String fullName, String email, String roles, String startDate,
            @Nullable PersonForm form, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty() && form != null;
        }

        public PersonForm requireForm() {
            if (form == null) {
                throw new IllegalStateException("Row " + rowNumber + " was not readable");
            }
            return form;
        }
    }

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public long errorCount() {
        return rows.stream().filter(row -> !row.ok()).count();
    }

    /** All or nothing: only a file without a single bad row can be imported. */
    public boolean importable() {
        return !rows.isEmpty() && errorCount() == 0;
    }
}
