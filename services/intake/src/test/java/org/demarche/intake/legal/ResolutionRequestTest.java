package org.demarche.intake.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;

import org.demarche.platform.web.FieldProblem;
import org.demarche.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;

class ResolutionRequestTest {

    private static final LocalDate TODAY = LocalDate.of(2018, 7, 10);

    @Test
    void acceptsEachKindTheContractNames() {
        for (String kind : List.of("decision", "interim-resolution", "infringement-referral")) {
            NewResolution resolution = referral(kind, "AZ", "2017-10-25", null).validate(TODAY);

            assertThat(resolution.kind()).isEqualTo(kind);
            assertThat(resolution.adoptedOn()).isEqualTo(LocalDate.of(2017, 10, 25));
        }
    }

    @Test
    void needsNeitherCaseNorSummaryNorAddress() {
        NewResolution resolution = new ResolutionRequest("Committee of Ministers", "CM/Del/Dec(2018)1318/H46-3",
                "2018-06-07", "AZ", null, "", "decision", null, null).validate(TODAY);

        assertThat(resolution.caseName()).isNull();
        assertThat(resolution.applicationNo()).isNull();
    }

    @Test
    void namesEveryMissingRequiredField() {
        var problems = problemsOf(new ResolutionRequest(null, "", " ", null, null, null, null, null, null));

        assertThat(problems).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("body", "reference", "adoptedOn", "respondent", "kind");
    }

    @Test
    void refusesAKindTheContractDoesNotName() {
        var problems = problemsOf(referral("recommendation", "AZ", "2017-10-25", null));

        assertThat(problems).extracting(FieldProblem::field).containsExactly("kind");
        assertThat(problems.get(0).message()).contains("decision", "interim-resolution", "infringement-referral");
    }

    @Test
    void refusesARespondentThatIsNotAnAlpha2CodeAsGiven() {
        assertThat(problemsOf(referral("decision", "AZE", "2017-10-25", null)))
                .extracting(FieldProblem::field).containsExactly("respondent");
    }

    @Test
    void refusesAnAdoptionDateThatIsNotAnIsoDateOrIsInTheFuture() {
        assertThat(problemsOf(referral("decision", "AZ", "25.10.2017", null)))
                .extracting(FieldProblem::field).containsExactly("adoptedOn");
        assertThat(problemsOf(referral("decision", "AZ", "2019-01-01", null)))
                .extracting(FieldProblem::field).containsExactly("adoptedOn");
    }

    @Test
    void refusesAnAddressThatIsNotHttp() {
        assertThat(problemsOf(referral("decision", "AZ", "2017-10-25", "mailto:cm@coe.int")))
                .extracting(FieldProblem::field).containsExactly("url");
    }

    @Test
    void refusesTextsLongerThanTheirColumns() {
        var problems = problemsOf(new ResolutionRequest("b".repeat(201), "r".repeat(201), "2017-10-25", "AZ",
                "n".repeat(501), "1".repeat(101), "decision", "s".repeat(4001), null));

        assertThat(problems).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("body", "reference", "caseName", "applicationNo", "summary");
    }

    private static ResolutionRequest referral(String kind, String respondent, String adoptedOn, String url) {
        return new ResolutionRequest("Committee of Ministers", "CM/Res(2017)379", adoptedOn, respondent,
                "Ilgar Mammadov v. Azerbaijan", "15172/13", kind, null, url);
    }

    private static List<FieldProblem> problemsOf(ResolutionRequest request) {
        return catchThrowableOfType(InvalidInputException.class, () -> request.validate(TODAY)).problems();
    }
}
