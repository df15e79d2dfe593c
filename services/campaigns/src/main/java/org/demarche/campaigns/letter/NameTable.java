package org.demarche.campaigns.letter;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names of places (or courts) as each letter language writes them, read from a {@link PipeTable}
 * whose language columns are named by ISO 639-1 codes ({@code en}, {@code fr}) and whose optional
 * {@code other names} column lists, separated by {@code ;}, what else the registry may call the
 * same thing. Other columns (such as {@code country}) document the row and are not read.
 *
 * <p>A name is recognised whatever its case, accents, hyphens or spacing, so that "Bakı", "baku"
 * and "Bakou" are one city; a name that is not in the table is printed as the registry has it.
 */
final class NameTable {

    static final String OTHER_NAMES = "other names";
    private static final Pattern LANGUAGE_COLUMN = Pattern.compile("[a-z]{2}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u2010\u2011\u2013.']+");

    /** Each known name, normalised, to the row's names by language. */
    private final Map<String, Map<String, String>> byName;

    private NameTable(Map<String, Map<String, String>> byName) {
        this.byName = Map.copyOf(byName);
    }

    static NameTable load(ClassLoader loader, String source) {
        return parse(PipeTable.parse(source, LetterWording.read(loader, source)));
    }

    static NameTable parse(PipeTable table) {
        Map<String, Integer> languages = new LinkedHashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            if (LANGUAGE_COLUMN.matcher(table.header().get(i)).matches()) {
                languages.put(table.header().get(i), i);
            }
        }
        if (languages.isEmpty()) {
            throw new LetterTemplateException(table.source(), "the header names no language column such as en or fr");
        }
        int otherNames = table.column(OTHER_NAMES);
        Map<String, Map<String, String>> byName = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (PipeTable.Row row : table.rows()) {
            Map<String, String> names = new LinkedHashMap<>();
            languages.forEach((language, column) -> {
                if (row.cell(column).isEmpty()) {
                    throw new LetterTemplateException(table.source(), row.line(), "no name in column '" + language + "'");
                }
                names.put(language, row.cell(column));
            });
            Map<String, String> printed = Map.copyOf(names);
            for (String name : names.values()) {
                recognise(table, row, name, printed, byName, lineOf);
            }
            if (otherNames >= 0) {
                for (String name : row.cell(otherNames).split(";")) {
                    if (!name.isBlank()) {
                        recognise(table, row, name.strip(), printed, byName, lineOf);
                    }
                }
            }
        }
        return new NameTable(byName);
    }

    private static void recognise(PipeTable table, PipeTable.Row row, String name, Map<String, String> printed,
            Map<String, Map<String, String>> byName, Map<String, Integer> lineOf) {
        String key = key(name);
        Integer earlier = lineOf.putIfAbsent(key, row.line());
        if (earlier != null && earlier != row.line()) {
            throw new LetterTemplateException(table.source(), row.line(),
                    "'" + name + "' already names the row on line " + earlier + "; a name may stand for one row only");
        }
        byName.put(key, printed);
    }

    /** The name as a letter in {@code language} prints it; the name as given if the table does not know it or the language. */
    String in(String language, String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        return known(name).map(names -> names.get(language)).orElse(name.strip());
    }

    /** The row's names by language, if the table knows this name. */
    Optional<Map<String, String>> known(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(key(name)));
    }

    /** "Bakı" and "BAKI", "Saint-Pétersbourg" and "Saint Petersbourg" are the same key. */
    static String key(String name) {
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD);
        String unaccented = MARKS.matcher(decomposed).replaceAll("");
        return SEPARATORS.matcher(unaccented.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Every name the table prints in one language, for checks. */
    List<String> printedIn(String language) {
        return byName.values().stream().map(names -> names.get(language)).filter(Objects::nonNull)
                .distinct().sorted().toList();
    }
}
