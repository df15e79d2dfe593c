package org.demarche.intake.meeting;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * The API's refusal of a meeting, said on the form: each problem under the form field where it is
 * typed, in the page's language, in the order the fields appear (for the summary at the top). One
 * message per field: the first the checks found.
 */
final class FormErrors {

    /** One problem on the form: the input's id, what the summary calls it, and what is wrong. */
    record FormError(String field, String label, String message) {
    }

    private static final List<String> FIELD_ORDER = List.of("title", "startsAt", "timeZone", "city", "participants",
            "reason");
    private static final List<String> ROW_ORDER = List.of("name", "title", "country");

    private FormErrors() {
    }

    static Map<String, FormError> of(List<MeetingProblem> problems, MeetingForm form, MessageSource messages,
                                     Locale locale) {
        Map<String, FormError> errors = new LinkedHashMap<>();
        problems.stream()
                .map(problem -> error(problem, form == null ? problem.field() : form.formFieldOf(problem.field()),
                        messages, locale))
                .sorted(Comparator.comparingInt(FormErrors::position))
                .forEach(error -> errors.putIfAbsent(error.field(), error));
        return errors;
    }

    private static FormError error(MeetingProblem problem, String field, MessageSource messages, Locale locale) {
        String message = messages.getMessage(problem.code(), problem.arguments().toArray(), problem.message(), locale);
        String label = MeetingForm.rowOf(field)
                .map(row -> messages.getMessage("meeting.field.participant." + field.substring(field.lastIndexOf('-') + 1),
                        new Object[] {row + 1}, locale))
                .orElseGet(() -> messages.getMessage("meeting.field." + field, null, field, locale));
        return new FormError(field, label, message);
    }

    /** Where the field comes on the form: the meeting's fields, then the participants row by row. */
    private static int position(FormError error) {
        return MeetingForm.rowOf(error.field())
                .map(row -> 100 + row * 10 + ROW_ORDER.indexOf(error.field().substring(error.field().lastIndexOf('-') + 1)))
                .orElseGet(() -> FIELD_ORDER.indexOf(error.field()) < 0 ? 99 : FIELD_ORDER.indexOf(error.field()));
    }
}
