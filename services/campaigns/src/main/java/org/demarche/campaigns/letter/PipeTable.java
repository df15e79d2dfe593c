package org.demarche.campaigns.letter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table kept as a text file a coordinator can edit: a header line naming the columns, then one
 * row per line, cells separated by {@code |}; blank lines and lines starting with {@code #} are
 * skipped. A row with another number of cells than the header stops the start, naming the line.
 */
record PipeTable(String source, List<String> header, List<Row> rows) {

    /** One row, with the line it is on for messages. */
    record Row(int line, List<String> cells) {

        String cell(int column) {
            return cells.get(column);
        }
    }

    static PipeTable parse(String source, String text) {
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.split("\\|", -1)).map(String::strip).toList();
            if (header == null) {
                header = cells;
            } else if (cells.size() != header.size()) {
                throw new LetterTemplateException(source, i + 1, "expected " + header.size() + " cells separated by '|' ("
                        + String.join(" | ", header) + "), found " + cells.size());
            } else {
                rows.add(new Row(i + 1, cells));
            }
        }
        if (header == null) {
            throw new LetterTemplateException(source, "the table has no header line");
        }
        return new PipeTable(source, List.copyOf(header), List.copyOf(rows));
    }

    /** The index of a column, or -1. */
    int column(String name) {
        return header.indexOf(name);
    }

    /** The index of a column that must be there. */
    int requiredColumn(String name) {
        int column = column(name);
        if (column < 0) {
            throw new LetterTemplateException(source, "the header has no column '" + name + "'");
        }
        return column;
    }
}
