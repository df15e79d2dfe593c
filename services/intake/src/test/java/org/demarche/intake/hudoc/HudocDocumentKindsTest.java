package org.demarche.intake.hudoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class HudocDocumentKindsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void takesEnglishAndFrenchJudgmentsForJudgments() {
        assertThatCode(() -> CourtDocuments.requireJudgment(columns("{\"doctype\": \"HEJUD\"}"))).doesNotThrowAnyException();
        assertThatCode(() -> CourtDocuments.requireJudgment(columns("{\"doctype\": \"HFJUD\"}"))).doesNotThrowAnyException();
        assertThatCode(() -> CourtDocuments.requireJudgment(columns(
                "{\"documentcollectionid2\": \"CASELAW;JUDGMENTS;GRANDCHAMBER;ENG\"}"))).doesNotThrowAnyException();
        assertThatCode(() -> CourtDocuments.requireJudgment(columns("{\"typedescription\": \"15\"}")))
                .doesNotThrowAnyException();
    }

    @Test
    void takesARecordThatSaysNothingOfItsTypeForAJudgmentAsUploadsAlwaysWere() {
        assertThatCode(() -> CourtDocuments.requireJudgment(columns("{\"itemid\": \"001-1\"}"))).doesNotThrowAnyException();
    }

    @Test
    void skipsTheCourtsOtherDocumentsNamingTheFieldThatTells() {
        assertThatThrownBy(() -> CourtDocuments.requireJudgment(columns("{\"doctype\": \"HEDEC\"}")))
                .isInstanceOf(SkippedRecordException.class).hasMessage("doctype: HEDEC is a decision, not a judgment");
        assertThatThrownBy(() -> CourtDocuments.requireJudgment(columns("{\"doctype\": \"HFCOM\"}")))
                .hasMessage("doctype: HFCOM is a communicated case, not a judgment");
        assertThatThrownBy(() -> CourtDocuments.requireJudgment(columns("{\"doctype\": \"CLIN\"}")))
                .hasMessage("doctype: CLIN is a legal summary, not a judgment");
        assertThatThrownBy(() -> CourtDocuments.requireJudgment(columns(
                "{\"doctype\": \"PR\", \"documentcollectionid2\": \"PRESS;CHAMBERJUDGMENTS;ENG\"}")))
                .hasMessage("doctype: PR is a press release, not a judgment");
        assertThatThrownBy(() -> CourtDocuments.requireJudgment(columns(
                "{\"documentcollectionid2\": \"PRESS;CHAMBERJUDGMENTS;ENG\"}")))
                .hasMessageStartingWith("documentcollectionid2: PRESS;CHAMBERJUDGMENTS;ENG is a press release");
        assertThatThrownBy(() -> CourtDocuments.requireJudgment(columns(
                "{\"documentcollectionid2\": \"CASELAW;COMMUNICATEDCASES;ENG\"}")))
                .hasMessageContaining("a communicated case");
        assertThatThrownBy(() -> CourtDocuments.requireJudgment(columns("{\"typedescription\": \"1002\"}")))
                .hasMessage("typedescription: 1002 is a press release, not a judgment");
        assertThatThrownBy(() -> CourtDocuments.requireJudgment(columns("{\"doctype\": \"HEXYZ\"}")))
                .hasMessage("doctype: HEXYZ is none of HUDOC's judgment types (HEJUD, HFJUD)");
    }

    @Test
    void tellsTheKindOfACommitteeDocumentFromItsTypeAndTitle() {
        assertThat(committee("Interim Resolution", "Interim Resolution CM/ResDH(2015)156")).isEqualTo("interim-resolution");
        assertThat(committee("Decision", "1294th meeting (DH) - CM/Del/Dec(2017)1294/H46-4 - Ilgar Mammadov v. Azerbaijan"))
                .as("H46-4 is an item number, not Article 46 § 4").isEqualTo("decision");
        assertThat(committee("Interim Resolution", "Proceedings under Article 46, paragraph 4 - Ilgar Mammadov v. Azerbaijan"))
                .isEqualTo("infringement-referral");
        assertThat(committee("Decision", "Referral under Article 46 § 4 - Kavala v. Turkey"))
                .isEqualTo("infringement-referral");
    }

    @Test
    void readsHudocExecsCodesAndFrenchWords() {
        assertThat(committee("CMDEC", "1501st meeting (DH) - CM/Del/Dec(2024)1501/H46-5 - Mammadli v. Azerbaijan"))
                .isEqualTo("decision");
        assertThat(committee("res", "Interim Resolution CM/ResDH(2023)147 - Execution of the judgments in the Mammadli group"))
                .isEqualTo("interim-resolution");
        assertThat(committee("Résolution intérimaire", "Résolution intérimaire CM/ResDH(2017)379 - Procédure au titre "
                + "de l'article 46, paragraphe 4 - Ilgar Mammadov c. Azerbaïdjan")).isEqualTo("infringement-referral");
        assertThat(committee("Décision", "1302e réunion (DH) - CM/Del/Dec(2017)1302/H46-2 - Ilgar Mammadov c. Azerbaïdjan"))
                .isEqualTo("decision");
    }

    @Test
    void skipsTheCommitteesDocumentsThatLettersDoNotCite() {
        assertThatThrownBy(() -> committee("Final Resolution", "Final Resolution CM/ResDH(2019)51"))
                .isInstanceOf(SkippedRecordException.class)
                .hasMessageStartingWith("execdocumenttype: Final Resolution is a final resolution");
        assertThatThrownBy(() -> committee("CEC", "Gharibashvili v. Georgia"))
                .hasMessage("execdocumenttype: CEC is a case's entry card, not a decision or a resolution");
        assertThatThrownBy(() -> committee("acp", "Action plan (14/02/2020) - Communication from Azerbaijan"))
                .hasMessageContaining("an action plan");
        assertThatThrownBy(() -> committee("Information document", "CM/Inf/DH(2019)1"))
                .hasMessage("execdocumenttype: Information document is neither a decision nor a resolution");
    }

    @Test
    void rejectsACommitteeDocumentThatSaysNothingOfWhatItIs() {
        assertThatThrownBy(() -> CommitteeDocuments.kind(columns("{}"), "CM/ResDH(2015)156"))
                .isInstanceOf(BadRecordException.class).hasMessage("execdocumenttype: is missing");
    }

    private static String committee(String type, String title) {
        return CommitteeDocuments.kind(columns("{\"execdocumenttype\": " + JSON.writeValueAsString(type) + "}"), title);
    }

    static Columns columns(String json) {
        return new Columns(JSON.readTree(json));
    }
}
