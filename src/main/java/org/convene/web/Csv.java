package org.convene.web;

/** CSV downloads as spreadsheets open them safely. */
public final class Csv {

    private Csv() {
    }

    /** A cell, quoted, with a leading formula character defused so that a spreadsheet shows it as text. */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
