package org.demarche.campaigns.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.demarche.platform.web.FieldProblem;
import org.demarche.platform.web.InvalidInputException;

/**
 * What a form's submission was refused for, as a page shows it: messages by field, for the line
 * under each field and its {@code aria-invalid}, and a general one (a 409) for the summary.
 *
 * @param fields  the first message for each field, by {@linkplain #inputId the field's id in the form}
 * @param general a problem that is not about one field, e.g. "pause is not possible now: ..."; null if none
 */
public record FormProblems(Map<String, String> fields, String general) {

    public static final FormProblems NONE = new FormProblems(Map.of(), null);

    public FormProblems {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static FormProblems of(InvalidInputException invalid) {
        return of(invalid.problems());
    }

    public static FormProblems of(List<FieldProblem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(problem -> byField.putIfAbsent(inputId(problem.field()), problem.message()));
        return new FormProblems(byField, null);
    }

    public static FormProblems general(String message) {
        return new FormProblems(Map.of(), message);
    }

    /**
     * The form field a problem is about: {@code concerns[1]} is the {@code concerns} field,
     * {@code parts.ask} the {@code parts-ask} one (a valid id and message key).
     */
    static String inputId(String field) {
        return field.replaceAll("\\[\\d+]", "").replace('.', '-');
    }

    public boolean any() {
        return !fields.isEmpty() || general != null;
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public String message(String field) {
        return fields.get(field);
    }
}
