package nl.codewijzer.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import nl.codewijzer.base.SpreadsheetCells;
import org.junit.jupiter.api.Test;

/** The register as CSV is opened in a spreadsheet: nothing in it may run there. */
class RegisterCsvTest {

    @Test
    void a_spreadsheet_formula_in_the_register_csv_is_made_harmless() {
        assertThat(SpreadsheetCells.safe("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(SpreadsheetCells.safe("+31 6 1234")).isEqualTo("'+31 6 1234");
        assertThat(SpreadsheetCells.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCells.safe("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetCells.safe("Bart de Vries")).isEqualTo("Bart de Vries");
    }
}
