package org.demarche.intake.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.demarche.platform.web.FieldProblem;
import org.demarche.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;

class RulingRequestTest {

    private static final LocalDate TODAY = LocalDate.of(2018, 7, 10);

    private static RulingRequest mammadov() {
        return new RulingRequest("ECtHR", "Ilgar Mammadov v. Azerbaijan", "15172/13", "AZ", "2014-05-22",
                List.of("5", "18"), "Detention meant to silence a critic.", "https://hudoc.echr.coe.int/eng?i=001-144124");
    }

    @Test
    void acceptsTheReferenceJudgment() {
        NewRuling ruling = mammadov().validate(TODAY);

        assertThat(ruling.judgmentDate()).isEqualTo(LocalDate.of(2014, 5, 22));
        assertThat(ruling.articlesViolated()).containsExactly("5", "18");
        assertThat(ruling.respondent()).isEqualTo("AZ");
    }

    @Test
    void acceptsAJudgmentWithoutSummaryOrAddressOrViolation() {
        NewRuling ruling = new RulingRequest(" ECtHR ", "Ilgar Mammadov v. Azerbaijan (no. 2)", "919/15", "AZ",
                "2017-11-16", List.of(), null, "  ").validate(TODAY);

        assertThat(ruling.court()).isEqualTo("ECtHR");
        assertThat(ruling.articlesViolated()).isEmpty();
        assertThat(ruling.summary()).isNull();
        assertThat(ruling.url()).isNull();
    }

    @Test
    void namesEveryMissingRequiredField() {
        var problems = problemsOf(new RulingRequest(null, " ", "", null, null, null, null, null));

        assertThat(problems).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                "court", "caseName", "applicationNo", "respondent", "judgmentDate", "articlesViolated");
    }

    @Test
    void refusesARespondentThatIsNotAnAlpha2CodeAsGiven() {
        for (String respondent : List.of("AZE", "az", "Azerbaijan", "XX")) {
            var problems = problemsOf(with(respondent, "2014-05-22", List.of("5"), null));

            assertThat(problems).extracting(FieldProblem::field).as(respondent).containsExactly("respondent");
            assertThat(problems.get(0).message()).contains(respondent, "ISO 3166-1 alpha-2");
        }
    }

    @Test
    void refusesAJudgmentDateThatIsNotAnIsoDateOrIsInTheFuture() {
        assertThat(problemsOf(with("AZ", "22 May 2014", List.of("5"), null)))
                .extracting(FieldProblem::field).containsExactly("judgmentDate");
        assertThat(problemsOf(with("AZ", "2014-05-22T10:00", List.of("5"), null)))
                .extracting(FieldProblem::field).containsExactly("judgmentDate");
        var future = problemsOf(with("AZ", "2018-07-12", List.of("5"), null));
        assertThat(future).extracting(FieldProblem::field).containsExactly("judgmentDate");
        assertThat(future.get(0).message()).contains("future");
    }

    @Test
    void namesEachBlankArticle() {
        var problems = problemsOf(with("AZ", "2014-05-22", Arrays.asList("5", " ", null), null));

        assertThat(problems).extracting(FieldProblem::field)
                .containsExactly("articlesViolated[1]", "articlesViolated[2]");
    }

    @Test
    void refusesAnAddressThatIsNotHttp() {
        for (String url : List.of("ftp://hudoc.echr.coe.int/x", "hudoc.echr.coe.int/eng", "javascript:alert(1)",
                "https://exa mple.org")) {
            assertThat(problemsOf(with("AZ", "2014-05-22", List.of("5"), url)))
                    .extracting(FieldProblem::field).as(url).containsExactly("url");
        }
        assertThat(with("AZ", "2014-05-22", List.of("5"), "HTTP://hudoc.echr.coe.int/eng").validate(TODAY).url())
                .isEqualTo("HTTP://hudoc.echr.coe.int/eng");
    }

    @Test
    void refusesTextsLongerThanTheirColumns() {
        var problems = problemsOf(new RulingRequest("c".repeat(201), "n".repeat(501), "1".repeat(101), "AZ",
                "2014-05-22", List.of("a".repeat(51)), "s".repeat(4001), "https://example.org/" + "p".repeat(2000)));

        assertThat(problems).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                "court", "caseName", "applicationNo", "articlesViolated[0]", "summary", "url");
    }

    @Test
    void keepsTheOtherApplicationsAndRespondentsOfAJudgmentAndItsKind() {
        NewRuling ruling = new RulingRequest("ECtHR", "Mozer v. the Republic of Moldova and Russia", "11138/10", "MD",
                "2016-02-23", List.of("3", "5"), null, null, List.of("2101/11", " 2101/11 "), List.of("RU"),
                "infringement-judgment").validate(TODAY);

        assertThat(ruling.relatedApplicationNos()).containsExactly("2101/11");
        assertThat(ruling.otherRespondents()).containsExactly("RU");
        assertThat(ruling.kind()).isEqualTo("infringement-judgment");
        assertThat(mammadov().validate(TODAY).kind()).as("a judgment when not said").isEqualTo("judgment");
    }

    @Test
    void namesEachBadOtherRespondentRelatedNumberAndAnUnknownKind() {
        var problems = problemsOf(new RulingRequest("ECtHR", "Mozer v. Moldova", "11138/10", "MD", "2016-02-23",
                List.of(), null, null, Arrays.asList("2101/11", " "), List.of("RUS"), "decision"));

        assertThat(problems).extracting(FieldProblem::field)
                .containsExactly("relatedApplicationNos[1]", "otherRespondents[0]", "kind");
    }

    private static RulingRequest with(String respondent, String date, List<String> articles, String url) {
        return new RulingRequest("ECtHR", "Ilgar Mammadov v. Azerbaijan", "15172/13", respondent, date, articles,
                null, url);
    }

    private static List<FieldProblem> problemsOf(RulingRequest request) {
        return catchThrowableOfType(InvalidInputException.class, () -> request.validate(TODAY)).problems();
    }
}
