package nl.codewijzer.base;

/** Values written into a CSV file that a beheerder will open in Excel or LibreOffice. */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /**
     * A cell starting with =, +, - or @ (or a tab or carriage return) is a formula to Excel, which
     * would run it when the file is opened ("CSV injection"). Such a value gets a leading
     * apostrophe, Excel's own marker for "text".
     */
    public static String safe(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
