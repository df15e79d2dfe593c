package org.demarche.intake.hudoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.demarche.intake.legal.ResolutionRequest;
import org.demarche.intake.legal.RulingRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class HudocRecordsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsTheArticlesViolatedFromTheConclusionNotTheArticlesExamined() {
        assertThat(ConclusionReader.articlesViolated("Preliminary objection dismissed (Article 35-1 - Exhaustion of "
                + "domestic remedies);Violation of Article 5 - Right to liberty and security (Article 5-1 - Lawful arrest "
                + "or detention;Article 5-1-c - Reasonable suspicion);Violation of Article 5 - Right to liberty and security "
                + "(Article 5-4 - Review of lawfulness of detention);Violation of Article 18 - Limitation on use of "
                + "restrictions on rights (Article 18+5 - Restrictions for unauthorised purposes);Non-pecuniary damage - award"))
                .containsExactly("5", "18");
        assertThat(ConclusionReader.articlesViolated("No violation of Article 6 - Right to a fair trial (Article 6-1 - "
                + "Fair hearing);Violation of Article 10 - Freedom of expression-{general}")).containsExactly("10");
        assertThat(ConclusionReader.articlesViolated("No violation of Article 8 - Right to respect for private and family "
                + "life;Remainder inadmissible")).isEmpty();
        assertThat(ConclusionReader.articlesViolated(null)).isEmpty();
    }

    @Test
    void writesProtocolArticlesAsTheContractDoes() {
        assertThat(ConclusionReader.articlesViolated("Violation of Article 1 of Protocol No. 1 - Protection of property "
                + "(Article 1 para. 1 of Protocol No. 1 - Deprivation of property);Violation of Article 3 of Protocol No. 1 - "
                + "Right to free elections-{general}")).containsExactly("P1-1", "P1-3");
        assertThat(ConclusionReader.articlesViolated("Violation of Article 14+8 - Prohibition of discrimination "
                + "(Article 14 - Discrimination) (Article 8 - Right to respect for private and family life)"))
                .containsExactly("14");
    }

    @Test
    void turnsAJudgmentRecordIntoTheRulingACoordinatorWouldEnter() {
        RulingRequest ruling = HudocRecords.ruling(columns("""
                {"itemid": "001-207173", "docname": "CASE OF SELAHATTİN DEMİRTAŞ v. TURKEY (No. 2)",
                 "appno": "14305/17;16113/17", "respondent": "TUR", "kpdate": "12/22/2020 12:00:00 AM",
                 "conclusion": "Violation of Article 10 - Freedom of expression-{general} (Article 10-1 - Freedom of expression);No violation of Article 5 - Right to liberty and security (Article 5-4 - Speediness of review)",
                 "ecli": "ECLI:CE:ECHR:2020:1222JUD001430517"}
                """));

        assertThat(ruling.court()).isEqualTo("ECtHR");
        assertThat(ruling.caseName()).isEqualTo("Selahattin Demirtaş v. Turkey (no. 2)");
        assertThat(ruling.applicationNo()).isEqualTo("14305/17");
        assertThat(ruling.respondent()).isEqualTo("TR");
        assertThat(ruling.judgmentDate()).isEqualTo("2020-12-22");
        assertThat(ruling.articlesViolated()).containsExactly("10");
        assertThat(ruling.summary()).isEqualTo("Violation of Article 10 - Freedom of expression-{general}. "
                + "ECLI:CE:ECHR:2020:1222JUD001430517");
        assertThat(ruling.url()).isEqualTo("https://hudoc.echr.coe.int/eng?i=001-207173");
    }

    @Test
    void namesWhatIsMissingOrUnknownInAJudgmentRecord() {
        assertThatThrownBy(() -> HudocRecords.ruling(columns("""
                {"itemid": "001-1", "docname": "CASE OF A v. B", "respondent": "AZE", "kpdate": "2020-01-01"}
                """))).hasMessageContaining("appno");
        assertThatThrownBy(() -> HudocRecords.ruling(columns("""
                {"itemid": "001-1", "docname": "CASE OF A v. B", "appno": "1/20", "respondent": "ATL", "kpdate": "2020-01-01"}
                """))).hasMessageContaining("respondent").hasMessageContaining("ATL");
    }

    @Test
    void tellsTheKindOfACommitteeDocumentFromItsTypeAndTitle() {
        assertThat(HudocRecords.kind("Interim Resolution", "Interim Resolution CM/ResDH(2015)156")).isEqualTo("interim-resolution");
        assertThat(HudocRecords.kind("Decision", "1294th meeting (DH) - CM/Del/Dec(2017)1294/H46-4 - Ilgar Mammadov v. Azerbaijan"))
                .as("H46-4 is an item number, not Article 46 § 4").isEqualTo("decision");
        assertThat(HudocRecords.kind("Interim Resolution", "Proceedings under Article 46, paragraph 4 - Ilgar Mammadov v. Azerbaijan"))
                .isEqualTo("infringement-referral");
        assertThat(HudocRecords.kind("Decision", "Referral under Article 46 § 4 - Kavala v. Turkey"))
                .isEqualTo("infringement-referral");
        assertThatThrownBy(() -> HudocRecords.kind("Final Resolution", "CM/ResDH(2019)51")).hasMessageContaining("final");
        assertThatThrownBy(() -> HudocRecords.kind("Information document", "CM/Inf/DH(2019)1")).hasMessageContaining("not a decision");
    }

    @Test
    void turnsACommitteeRecordIntoTheResolutionACoordinatorWouldEnter() {
        ResolutionRequest resolution = HudocRecords.resolution(columns("""
                {"execidentifier": "004-11620", "execappno": "15172/13", "execstate": "AZE", "execdocumenttype": "Decision",
                 "execpublisheddate": "2017-09-21T00:00:00",
                 "title": "1294th meeting (DH) - CM/Del/Dec(2017)1294/H46-3 - Ilgar Mammadov v. Azerbaijan (Application No. 15172/13)"}
                """));

        assertThat(resolution.body()).isEqualTo("Committee of Ministers");
        assertThat(resolution.reference()).isEqualTo("CM/Del/Dec(2017)1294/H46-3");
        assertThat(resolution.caseName()).isEqualTo("Ilgar Mammadov v. Azerbaijan");
        assertThat(resolution.respondent()).isEqualTo("AZ");
        assertThat(resolution.adoptedOn()).isEqualTo("2017-09-21");
        assertThat(resolution.kind()).isEqualTo("decision");
        assertThat(resolution.url()).isEqualTo("https://hudoc.exec.coe.int/eng?i=004-11620");
    }

    @Test
    void titleCasesCapitalisedCaseNamesAndKeepsWrittenOnes() {
        assertThat(CaseNames.fromDocname("CASE OF ILGAR MAMMADOV v. AZERBAIJAN (No. 2)"))
                .isEqualTo("Ilgar Mammadov v. Azerbaijan (no. 2)");
        assertThat(CaseNames.fromDocname("PROCEEDINGS UNDER ARTICLE 46 § 4 IN THE CASE OF ILGAR MAMMADOV v. AZERBAIJAN"))
                .isEqualTo("Ilgar Mammadov v. Azerbaijan");
        assertThat(CaseNames.fromDocname("CASE OF TSULUKIDZE AND OTHERS v. GEORGIA")).isEqualTo("Tsulukidze and others v. Georgia");
        assertThat(CaseNames.fromDocname("Kavala v. Turkey")).isEqualTo("Kavala v. Turkey");
    }

    private static JsonNode columns(String json) {
        return JSON.readTree(json);
    }
}
