package org.demarche.intake.meeting;

import java.util.List;

import org.demarche.platform.web.FieldProblem;

/**
 * One thing wrong with a meeting as entered. The API answers with {@code message}, in English, as
 * it always has; the coordinators' pages say the same problem in the reader's language from
 * {@code code} and {@code arguments} (the {@code messages} bundles), so that both come from the
 * one check.
 *
 * @param field     the field as the API names it, e.g. {@code participants[1].country}
 * @param code      a message code of the {@code messages} bundles, e.g. {@code meeting.problem.country.invalid}
 * @param arguments the values the message quotes
 * @param message   what the API says, in English
 */
record MeetingProblem(String field, String code, List<Object> arguments, String message) {

    public MeetingProblem {
        arguments = List.copyOf(arguments);
    }

    static MeetingProblem of(String field, String code, String message, Object... arguments) {
        return new MeetingProblem(field, code, List.of(arguments), message);
    }

    FieldProblem asFieldProblem() {
        return new FieldProblem(field, message);
    }
}
