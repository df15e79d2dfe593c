package org.demarche.intake.hudoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.demarche.intake.hudoc.HudocDocumentKindsTest.columns;

import org.demarche.intake.legal.ResolutionRequest;
import org.junit.jupiter.api.Test;

class HudocExecutionRecordsTest {

    @Test
    void turnsACommitteeRecordIntoTheResolutionACoordinatorWouldEnter() {
        ResolutionRequest resolution = ExecutionRecords.resolution(columns("""
                {"execidentifier": "004-11620", "execappno": "15172/13", "execstate": "AZE", "execdocumenttype": "Decision",
                 "execpublisheddate": "2017-09-21T00:00:00",
                 "title": "1294th meeting (DH) - CM/Del/Dec(2017)1294/H46-3 - Ilgar Mammadov v. Azerbaijan (Application No. 15172/13)"}
                """)).request();

        assertThat(resolution.body()).isEqualTo("Committee of Ministers");
        assertThat(resolution.reference()).isEqualTo("CM/Del/Dec(2017)1294/H46-3");
        assertThat(resolution.caseName()).isEqualTo("Ilgar Mammadov v. Azerbaijan");
        assertThat(resolution.respondent()).isEqualTo("AZ");
        assertThat(resolution.adoptedOn()).isEqualTo("2017-09-21");
        assertThat(resolution.kind()).isEqualTo("decision");
        assertThat(resolution.url()).isEqualTo("https://hudoc.exec.coe.int/eng?i=004-11620");
    }

    @Test
    void readsExectitleListsLegacyStatesAndDayFirstTextDates() {
        ResolutionRequest resolution = ExecutionRecords.resolution(columns("""
                {"execidentifier": "004-60311", "execappno": "47145/14;59617/14;65484/14;", "execstate": "AZE",
                 "execdocumenttype": "CMDEC", "execpublisheddateAsText": "07/03/2024",
                 "exectitle": "1492nd meeting (DH) - CM/Del/Dec(2024)1492/H46-4 - Mammadli group v. Azerbaijan"}
                """)).request();

        assertThat(resolution.applicationNo()).isEqualTo("47145/14");
        assertThat(resolution.relatedApplicationNos()).containsExactly("59617/14", "65484/14");
        assertThat(resolution.adoptedOn()).isEqualTo("2024-03-07");
        assertThat(resolution.caseName()).isEqualTo("Mammadli group v. Azerbaijan");

        ResolutionRequest old = ExecutionRecords.resolution(columns("""
                {"execidentifier": "004-3120", "execappno": "60000/00", "execstate": "SCG", "execdocumenttype": "Decision",
                 "execpublisheddate": "6/14/2006 12:00:00 AM", "exectitle": "966th meeting (DH) - CM/Del/Dec(2006)966/H46-12"}
                """)).request();
        assertThat(old.respondent()).isEqualTo("RS");
        assertThat(old.otherRespondents()).containsExactly("ME");
        assertThat(old.adoptedOn()).isEqualTo("2006-06-14");
        assertThat(old.caseName()).isNull();
    }

    @Test
    void readsFrenchTitles() {
        ResolutionRequest resolution = ExecutionRecords.resolution(columns("""
                {"execidentifier": "004-12012", "execappno": "15172/13", "execstate": "AZE", "execlanguage": "FRE",
                 "execdocumenttype": "Résolution intérimaire", "execpublisheddate": "2017-10-25T00:00:00",
                 "exectitle": "Résolution intérimaire CM/ResDH(2017)379 - Procédure au titre de l'article 46, paragraphe 4 - Ilgar Mammadov c. Azerbaïdjan"}
                """)).request();

        assertThat(resolution.reference()).isEqualTo("CM/ResDH(2017)379");
        assertThat(resolution.kind()).isEqualTo("infringement-referral");
        assertThat(resolution.caseName()).isEqualTo("Ilgar Mammadov c. Azerbaïdjan");
    }

    @Test
    void namesHudocExecsFieldWhenSomethingIsMissing() {
        assertThatThrownBy(() -> ExecutionRecords.resolution(columns("""
                {"execidentifier": "004-1", "execstate": "AZE", "execdocumenttype": "CMDEC", "exectitle": "CM/Del/Dec(2020)1"}
                """))).isInstanceOf(BadRecordException.class).hasMessage("execpublisheddate: is missing");
        assertThatThrownBy(() -> ExecutionRecords.resolution(columns("""
                {"execidentifier": "004-1", "execstate": "ZZZ", "execdocumenttype": "CMDEC",
                 "execpublisheddate": "2020-06-04T00:00:00", "exectitle": "CM/Del/Dec(2020)1"}
                """))).hasMessageStartingWith("execstate: 'ZZZ'");
    }
}
