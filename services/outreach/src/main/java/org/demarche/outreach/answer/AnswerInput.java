package org.demarche.outreach.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.demarche.events.Signatory;
import org.demarche.platform.CountryCodes;

/**
 * An answer as a partner sent it, from the page's form or the JSON API, before it is checked.
 * The signature image comes as base64 text (JSON) or as a file's bytes (form).
 *
 * @param decision        {@code sign} or {@code decline}
 * @param signatureBase64 the image as base64; null if none or sent as bytes
 * @param signatureBytes  the image as a file; null if none or sent as base64
 * @param anonymous       sign without being named on the letter
 */
record AnswerInput(String decision, String name, String title, String organisation, String country, String reason,
                   String signatureBase64, byte[] signatureBytes, boolean anonymous) {

    static final String SIGN = "sign";
    static final String DECLINE = "decline";
    static final int MAX_TEXT_LENGTH = 200;
    static final int MAX_REASON_LENGTH = 2000;


    /**
     * The answer, checked.
     *
     * @throws AnswerRejectedException naming every field that is wrong
     */
    SignOnAnswer validate() {
        List<AnswerProblem> problems = new ArrayList<>();
        String chosen = trimmed(decision);
        if (chosen == null) {
            problems.add(new AnswerProblem("decision", "answer.decision.missing"));
        } else if (!chosen.equals(SIGN) && !chosen.equals(DECLINE)) {
            problems.add(new AnswerProblem("decision", "answer.decision.unknown", chosen));
        }
        SignOnAnswer answer = null;
        if (SIGN.equals(chosen)) {
            answer = signature(problems);
        } else if (DECLINE.equals(chosen)) {
            String why = trimmed(reason);
            if (why != null && why.length() > MAX_REASON_LENGTH) {
                problems.add(new AnswerProblem("reason", "answer.reason.too-long", MAX_REASON_LENGTH));
            }
            answer = new SignOnAnswer.Decline(why);
        }
        if (!problems.isEmpty()) {
            throw new AnswerRejectedException(problems);
        }
        return answer;
    }

    private SignOnAnswer.Sign signature(List<AnswerProblem> problems) {
        String signatoryName = required("signatory.name", name, problems);
        String signatoryTitle = optional("signatory.title", title, problems);
        String signatoryOrganisation = required("signatory.organisation", organisation, problems);
        String countryCode = trimmed(country);
        if (countryCode != null) {
            countryCode = countryCode.toUpperCase(Locale.ROOT);
            if (!CountryCodes.isAlpha2(countryCode)) {
                problems.add(new AnswerProblem("signatory.country", "answer.country.invalid", country.strip()));
            }
        }
        // an anonymous signature keeps no handwriting: the image would name its author
        byte[] image = anonymous ? null : image(problems);
        if (!problems.isEmpty()) {
            return null;
        }
        return new SignOnAnswer.Sign(new Signatory(signatoryName, signatoryTitle, signatoryOrganisation, countryCode),
                image, anonymous);
    }

    private byte[] image(List<AnswerProblem> problems) {
        byte[] image = signatureBytes;
        if (image == null && trimmed(signatureBase64) != null) {
            try {
                image = SignatureImage.decodeBase64(signatureBase64);
            } catch (IllegalArgumentException e) {
                problems.add(new AnswerProblem("signatureImage", "answer.image.not-base64"));
                return null;
            }
        }
        if (image == null || image.length == 0) {
            return null;
        }
        var problem = SignatureImage.problemWith(image);
        if (problem.isPresent()) {
            problems.add(new AnswerProblem("signatureImage", problem.get()));
            return null;
        }
        try {
            return SignatureImage.fitForLetter(image);
        } catch (IllegalArgumentException e) {
            problems.add(new AnswerProblem("signatureImage", "answer.image.unreadable"));
            return null;
        }
    }

    private static String required(String field, String value, List<AnswerProblem> problems) {
        String text = trimmed(value);
        if (text == null) {
            problems.add(new AnswerProblem(field, "answer.required"));
        } else if (text.length() > MAX_TEXT_LENGTH) {
            problems.add(new AnswerProblem(field, "answer.too-long", MAX_TEXT_LENGTH));
        }
        return text;
    }

    private static String optional(String field, String value, List<AnswerProblem> problems) {
        String text = trimmed(value);
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            problems.add(new AnswerProblem(field, "answer.too-long", MAX_TEXT_LENGTH));
        }
        return text;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
