package org.demarche.dashboard.export;

import java.util.List;
import java.util.Set;

/**
 * Rows as RFC 4180 CSV: comma-separated, CRLF after every row, a field quoted when it holds a
 * comma, a double quote, a line break or spaces at either end, its quotes doubled. A field that a
 * spreadsheet would read as a formula (starting with {@code = + - @}, a tab or a carriage return)
 * gets a leading apostrophe, as OWASP advises against CSV injection: organisation names and
 * delivery problems come from outside. Null is an empty field.
 */
final class CsvWriter {

    private static final Set<Character> FORMULA_STARTS = Set.of('=', '+', '-', '@', '\t', '\r');

    private final StringBuilder out = new StringBuilder();

    CsvWriter row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = FORMULA_STARTS.contains(value.charAt(0)) ? "'" + value : value;
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ';
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
