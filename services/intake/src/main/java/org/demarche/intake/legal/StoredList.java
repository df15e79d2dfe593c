package org.demarche.intake.legal;

import java.util.Arrays;
import java.util.List;

/**
 * The further application numbers and states of a legal fact, kept in one column each as HUDOC
 * writes them ({@code 14305/17;16113/17}): they are read and written whole, never queried one by
 * one, so a table of their own would add joins and nothing else.
 */
final class StoredList {

    private StoredList() {
    }

    static String write(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(";", values);
    }

    static List<String> read(String column) {
        return column == null || column.isBlank() ? List.of() : Arrays.stream(column.split(";")).toList();
    }
}
