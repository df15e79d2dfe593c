package org.demarche.intake.hudoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.demarche.intake.hudoc.HudocDocumentKindsTest.columns;

import java.util.List;

import org.demarche.intake.legal.Recorded;
import org.demarche.intake.legal.RulingRequest;
import org.demarche.platform.web.FieldProblem;
import org.demarche.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;

class HudocJudgmentRecordsTest {

    @Test
    void turnsAJudgmentRecordIntoTheRulingACoordinatorWouldEnter() {
        RulingRequest ruling = JudgmentRecords.ruling(columns("""
                {"itemid": "001-207173", "docname": "CASE OF SELAHATTİN DEMİRTAŞ v. TURKEY (No. 2)",
                 "appno": "14305/17", "respondent": "TUR", "kpdate": "12/22/2020 12:00:00 AM",
                 "conclusion": "Violation of Article 10 - Freedom of expression-{general} (Article 10-1 - Freedom of expression);No violation of Article 5 - Right to liberty and security (Article 5-4 - Speediness of review)",
                 "ecli": "ECLI:CE:ECHR:2020:1222JUD001430517"}
                """)).request();

        assertThat(ruling.court()).isEqualTo("ECtHR");
        assertThat(ruling.caseName()).isEqualTo("Selahattin Demirtaş v. Turkey (no. 2)");
        assertThat(ruling.applicationNo()).isEqualTo("14305/17");
        assertThat(ruling.respondent()).isEqualTo("TR");
        assertThat(ruling.judgmentDate()).isEqualTo("2020-12-22");
        assertThat(ruling.articlesViolated()).containsExactly("10");
        assertThat(ruling.summary()).isEqualTo("Violation of Article 10 - Freedom of expression. "
                + "ECLI:CE:ECHR:2020:1222JUD001430517");
        assertThat(ruling.url()).isEqualTo("https://hudoc.echr.coe.int/eng?i=001-207173");
        assertThat(ruling.relatedApplicationNos()).isEmpty();
        assertThat(ruling.otherRespondents()).isEmpty();
        assertThat(ruling.kind()).isEqualTo("judgment");
    }

    @Test
    void readsTheDateFromJudgementdateWhenTheQuerySelectedThatInsteadOfKpdate() {
        RulingRequest ruling = JudgmentRecords.ruling(columns("""
                {"itemid": "001-229150", "docname": "CASE OF MAMMADLI v. AZERBAIJAN", "appno": "47145/14",
                 "respondent": "AZE", "judgementdate": "19/04/2018 00:00:00",
                 "conclusion": "Violation of Article 18+5 - Limitation on use of restrictions on rights"}
                """)).request();

        assertThat(ruling.judgmentDate()).isEqualTo("2018-04-19");
    }

    @Test
    void keepsTheOtherApplicationsAndRespondents() {
        RulingRequest ruling = JudgmentRecords.ruling(columns("""
                {"itemid": "001-200000", "docname": "CASE OF MOZER v. THE REPUBLIC OF MOLDOVA AND RUSSIA",
                 "appno": "11138/10; 2101/11 ;;", "respondent": "MDA;RUS", "kpdate": "2016-02-23T00:00:00",
                 "conclusion": "Violation of Art. 5-1"}
                """)).request();

        assertThat(ruling.applicationNo()).isEqualTo("11138/10");
        assertThat(ruling.relatedApplicationNos()).containsExactly("2101/11");
        assertThat(ruling.respondent()).isEqualTo("MD");
        assertThat(ruling.otherRespondents()).containsExactly("RU");
    }

    @Test
    void takesAnEmptyConclusionWithArticle46Paragraph4ForTheInfringementJudgment() {
        RulingRequest ruling = JudgmentRecords.ruling(columns("""
                {"itemid": "001-193543", "docname": "CASE OF ILGAR MAMMADOV v. AZERBAIJAN",
                 "appno": "15172/13", "respondent": "AZE", "kpdate": "2019-05-29T00:00:00",
                 "article": "46;46-4", "conclusion": "", "ecli": "ECLI:CE:ECHR:2019:0529JUD001517213"}
                """)).request();

        assertThat(ruling.kind()).isEqualTo("infringement-judgment");
        assertThat(ruling.articlesViolated()).isEmpty();
        assertThat(ruling.summary()).startsWith("Judgment under Article 46 § 4");
    }

    @Test
    void namesHudocsFieldWhenSomethingIsMissingOrUnreadable() {
        assertThatThrownBy(() -> JudgmentRecords.ruling(columns("""
                {"itemid": "001-1", "docname": "CASE OF A v. B", "respondent": "AZE", "kpdate": "2020-01-01"}
                """))).isInstanceOf(BadRecordException.class).hasMessage("appno: is missing");
        assertThatThrownBy(() -> JudgmentRecords.ruling(columns("""
                {"itemid": "001-1", "docname": "CASE OF A v. B", "appno": ";", "respondent": "AZE", "kpdate": "2020-01-01"}
                """))).hasMessage("appno: is missing");
        assertThatThrownBy(() -> JudgmentRecords.ruling(columns("""
                {"itemid": "001-1", "docname": "CASE OF A v. B", "appno": "1/20", "respondent": "ATL", "kpdate": "2020-01-01"}
                """))).hasMessageStartingWith("respondent: 'ATL'");
        assertThatThrownBy(() -> JudgmentRecords.ruling(columns("""
                {"itemid": "001-1", "docname": "CASE OF A v. B", "appno": "1/20", "respondent": "AZE"}
                """))).hasMessageStartingWith("judgementdate: is missing");
        assertThatThrownBy(() -> JudgmentRecords.ruling(columns("""
                {"itemid": "001-1", "docname": "CASE OF A v. B", "appno": "1/20", "respondent": "AZE",
                 "judgementdate": "40/40/2020 00:00:00"}
                """))).hasMessageStartingWith("judgementdate: '40/40/2020 00:00:00' is not a date");
    }

    @Test
    void reportsTheApisChecksInHudocsWords() {
        RecordRequest<RulingRequest> ruling = JudgmentRecords.ruling(columns("""
                {"itemid": "001-1", "docname": "CASE OF A v. B", "appno": "1/20", "respondent": "AZE",
                 "judgementdate": "01/02/2031 00:00:00"}
                """));

        assertThatThrownBy(() -> ruling.enter(request -> {
            throw new InvalidInputException(List.of(new FieldProblem("judgmentDate", "2031-02-01 is in the future"),
                    new FieldProblem("articlesViolated[0]", "is required")));
        })).isInstanceOf(BadRecordException.class)
                .hasMessage("judgementdate: 2031-02-01 is in the future; conclusion: is required");
        assertThat(ruling.enter(request -> new Recorded(null, true)).isNew()).isTrue();
    }

    @Test
    void skipsADecisionBeforeLookingForWhatAJudgmentNeeds() {
        assertThatThrownBy(() -> JudgmentRecords.ruling(columns("""
                {"doctype": "HEDEC", "docname": "MAMMADLI v. AZERBAIJAN"}
                """))).isInstanceOf(SkippedRecordException.class);
    }
}
