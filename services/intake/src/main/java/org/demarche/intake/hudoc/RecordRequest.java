package org.demarche.intake.hudoc;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.demarche.intake.legal.Recorded;
import org.demarche.platform.web.InvalidInputException;

/**
 * The request a coordinator would have sent for one HUDOC record, with the HUDOC field each of
 * its fields was read from, so that a check the API makes ("judgmentDate: ... is in the future")
 * is reported in HUDOC's words ("judgementdate: ... is in the future").
 *
 * @param sourceFields the HUDOC field of each request field, e.g. judgmentDate → judgementdate
 */
record RecordRequest<R>(R request, Map<String, String> sourceFields) {

    /** @throws BadRecordException when the registrar refuses the request, naming HUDOC's fields */
    Recorded enter(Function<R, Recorded> registrar) {
        try {
            return registrar.apply(request);
        } catch (InvalidInputException e) {
            throw new BadRecordException(e.problems().stream()
                    .map(problem -> sourceField(problem.field()) + ": " + problem.message())
                    .collect(Collectors.joining("; ")));
        }
    }

    /** {@code articlesViolated[0]} is read from the field {@code articlesViolated} came from. */
    private String sourceField(String field) {
        int index = field.indexOf('[');
        return sourceFields.getOrDefault(index < 0 ? field : field.substring(0, index), field);
    }
}
