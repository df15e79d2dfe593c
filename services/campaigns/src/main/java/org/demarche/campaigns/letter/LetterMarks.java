package org.demarche.campaigns.letter;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words the renderer prints around a letter rather than in it — the draft mark, the
 * alternative text of a signature image and the document's description — in each language, from
 * {@code letter/marks.txt}: a row per language ({@code language | draft | signature | description},
 * {@code {name}} in the signature standing for the signatory, {@code {organisations}} in the
 * description for the signing organisations). Kept apart from the templates so that languages partners read, not only
 * those letters are written in, can have them ready.
 */
final class LetterMarks {

    static final String SOURCE = "letter/marks.txt";

    private record Marks(String draft, LetterTemplate signature, LetterTemplate description) {
    }

    private final Map<String, Marks> byLanguage;

    private LetterMarks(Map<String, Marks> byLanguage) {
        this.byLanguage = Map.copyOf(byLanguage);
    }

    /**
     * @param languages the languages letters are written in: each must have its row
     * @throws LetterTemplateException naming the file and line at fault, or the language without marks
     */
    static LetterMarks load(ClassLoader loader, Collection<String> languages) {
        PipeTable table = PipeTable.parse(SOURCE, LetterWording.read(loader, SOURCE));
        int language = table.requiredColumn("language");
        int draft = table.requiredColumn("draft");
        int signature = table.requiredColumn("signature");
        int description = table.requiredColumn("description");
        Map<String, Marks> marks = new HashMap<>();
        for (PipeTable.Row row : table.rows()) {
            if (row.cell(draft).isEmpty()) {
                throw new LetterTemplateException(SOURCE, row.line(), "no draft mark");
            }
            LetterTemplate alt = LetterTemplate.parse(SOURCE, row.cell(signature), row.line(), Set.of("name"));
            LetterTemplate about = LetterTemplate.parse(SOURCE, row.cell(description), row.line(),
                    Set.of("organisations"));
            if (marks.put(row.cell(language), new Marks(row.cell(draft), alt, about)) != null) {
                throw new LetterTemplateException(SOURCE, row.line(), "a second row for '" + row.cell(language) + "'");
            }
        }
        Set<String> missing = new TreeSet<>(languages);
        missing.removeAll(marks.keySet());
        if (!missing.isEmpty()) {
            throw new LetterTemplateException(SOURCE, "no row for " + String.join(", ", missing)
                    + ", in which there are letter templates");
        }
        return new LetterMarks(marks);
    }

    /** "DRAFT", "PROJET". */
    String draft(String language) {
        return of(language).draft();
    }

    /** "Signature of Rasul Jafarov", "Signature de Rasul Jafarov". */
    String signatureOf(String language, String name) {
        return of(language).signature().fill(Map.of("name", name)).orElse(name);
    }

    /** "Lettre ouverte signée par Human Rights Club, IPHR"; empty without organisations. */
    Optional<String> description(String language, String organisations) {
        if (organisations == null || organisations.isBlank()) {
            return Optional.empty();
        }
        return of(language).description().fill(Map.of("organisations", organisations));
    }

    /** English for a language without a row: the start-up check makes that a letter written in none of them. */
    private Marks of(String language) {
        Marks marks = byLanguage.get(language);
        return marks != null ? marks : byLanguage.get(LetterComposer.DEFAULT_LANGUAGE);
    }
}
