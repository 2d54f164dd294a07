package nl.codewijzer.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The register as CSV is opened in a spreadsheet: nothing in it may run there. */
class RegisterCsvTest {

    @Test
    void a_spreadsheet_formula_in_the_register_csv_is_made_harmless() {
        assertThat(RegisterCsv.spreadsheetSafe("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(RegisterCsv.spreadsheetSafe("+31 6 1234")).isEqualTo("'+31 6 1234");
        assertThat(RegisterCsv.spreadsheetSafe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(RegisterCsv.spreadsheetSafe("-2+3")).isEqualTo("'-2+3");
        assertThat(RegisterCsv.spreadsheetSafe("Bart de Vries")).isEqualTo("Bart de Vries");
    }
}
