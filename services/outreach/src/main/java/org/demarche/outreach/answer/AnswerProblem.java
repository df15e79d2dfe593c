package org.demarche.outreach.answer;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * One thing wrong with an answer, named as the JSON API names the field ({@code signatory.name})
 * and said by a message code of the {@code messages} bundle, so the page can say it in the
 * partner's language and the API in English.
 */
record AnswerProblem(String field, String code, Object... arguments) {

    String message(MessageSource messages, Locale locale) {
        return messages.getMessage(code, arguments, code, locale);
    }

    /** The form's field name: the form has no {@code signatory} object. */
    String formField() {
        return field.startsWith("signatory.") ? field.substring("signatory.".length()) : field;
    }
}
