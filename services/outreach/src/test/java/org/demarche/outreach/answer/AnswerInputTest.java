package org.demarche.outreach.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;

import org.demarche.events.Signatory;
import org.junit.jupiter.api.Test;

class AnswerInputTest {

    @Test
    void signsWithTheSignatoryAsGivenTrimmedAndTheCountryInCapitals() {
        var answer = input("sign", " Rasul Jafarov ", "Chair", "Human Rights Club", "az", null, null).validate();

        assertThat(answer).isInstanceOfSatisfying(SignOnAnswer.Sign.class, sign -> {
            assertThat(sign.signatory()).isEqualTo(new Signatory("Rasul Jafarov", "Chair", "Human Rights Club", "AZ"));
            assertThat(sign.signatureImage()).isNull();
        });
    }

    @Test
    void takesTheSignatureImageAsBase64OrAsBytes() {
        byte[] png = Images.signaturePng();

        var fromJson = (SignOnAnswer.Sign) input("sign", "R", null, "HRC", null, Base64.getEncoder().encodeToString(png), null)
                .validate();
        var fromForm = (SignOnAnswer.Sign) input("sign", "R", null, "HRC", null, null, png).validate();

        assertThat(fromJson.signatureImage()).isEqualTo(png);
        assertThat(fromForm.signatureImage()).isEqualTo(png);
    }

    @Test
    void declinesWithOrWithoutAReasonIgnoringTheSignatory() {
        assertThat(new AnswerInput("decline", null, null, null, "not a country", " too late ", "@@@", null, false).validate())
                .isEqualTo(new SignOnAnswer.Decline("too late"));
        assertThat(new AnswerInput("decline", null, null, null, null, "", null, null, false).validate())
                .isEqualTo(new SignOnAnswer.Decline(null));
    }

    @Test
    void namesAMissingOrUnknownDecision() {
        assertThat(fields(() -> input(null, "R", null, "HRC", null, null, null).validate())).containsExactly("decision");
        assertThat(problems(() -> input("maybe", "R", null, "HRC", null, null, null).validate()))
                .extracting(AnswerProblem::code).containsExactly("answer.decision.unknown");
    }

    @Test
    void namesEveryMissingFieldOfASignatureAtOnce() {
        assertThat(fields(() -> input("sign", " ", null, null, null, null, null).validate()))
                .containsExactly("signatory.name", "signatory.organisation");
    }

    @Test
    void namesACountryThatIsNotAnIsoCode() {
        assertThat(fields(() -> input("sign", "R", null, "HRC", "France", null, null).validate()))
                .containsExactly("signatory.country");
        assertThat(fields(() -> input("sign", "R", null, "HRC", "XX", null, null).validate()))
                .containsExactly("signatory.country");
    }

    @Test
    void namesAnImageThatIsNotBase64NotPngOrJpegOrTooLarge() {
        assertThat(problems(() -> input("sign", "R", null, "HRC", null, "%%%not base64%%%", null).validate()))
                .extracting(AnswerProblem::field, AnswerProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("signatureImage", "answer.image.not-base64"));
        assertThat(problems(() -> input("sign", "R", null, "HRC", null,
                Base64.getEncoder().encodeToString("GIF89a".getBytes()), null).validate()))
                .extracting(AnswerProblem::code).containsExactly("answer.image.not-png-or-jpeg");
        assertThat(problems(() -> input("sign", "R", null, "HRC", null, null, new byte[1024 * 1024 + 1]).validate()))
                .extracting(AnswerProblem::code).containsExactly("answer.image.too-large");
        String overOneMegabyte = Base64.getEncoder().encodeToString(new byte[1024 * 1024 + 1]);
        assertThat(problems(() -> input("sign", "R", null, "HRC", null, overOneMegabyte, null).validate()))
                .extracting(AnswerProblem::code).containsExactly("answer.image.too-large");
    }

    @Test
    void namesTextsThatAreTooLong() {
        String long201 = "x".repeat(201);
        assertThat(fields(() -> input("sign", long201, long201, long201, null, null, null).validate()))
                .containsExactly("signatory.name", "signatory.title", "signatory.organisation");
        assertThat(fields(() -> new AnswerInput("decline", null, null, null, null, "x".repeat(2001), null, null, false).validate()))
                .containsExactly("reason");
    }

    private static AnswerInput input(String decision, String name, String title, String organisation, String country,
                                     String base64, byte[] bytes) {
        return new AnswerInput(decision, name, title, organisation, country, null, base64, bytes, false);
    }

    private static List<String> fields(Runnable validation) {
        return problems(validation).stream().map(AnswerProblem::field).toList();
    }

    private static List<AnswerProblem> problems(Runnable validation) {
        try {
            validation.run();
        } catch (AnswerRejectedException e) {
            return e.problems();
        }
        throw new AssertionError("the answer should have been rejected");
    }

    @Test
    void keepsNoSignatureImageForAnAnonymousSignature() {
        var answer = (SignOnAnswer.Sign) new AnswerInput("sign", "Rasul Jafarov", null, "Human Rights Club", "AZ", null,
                null, Images.signaturePng(), true).validate();

        assertThat(answer.anonymous()).isTrue();
        assertThat(answer.signatureImage()).as("handwriting would name its author").isNull();
        assertThat(answer.signatory().organisation()).isEqualTo("Human Rights Club");
    }
}
