package org.demarche.intake.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.demarche.intake.H2Schema;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class LegalTablesOnH2Test {

    private final JdbcClient jdbc = JdbcClient.create(H2Schema.migrated());
    private final Rulings rulings = new Rulings(jdbc);
    private final Resolutions resolutions = new Resolutions(jdbc);

    @Test
    void storesAJudgmentOnceAndReadsItBack() {
        NewRuling ruling = new NewRuling("ECtHR", "Ilgar Mammadov v. Azerbaijan", "15172/13", "AZ",
                LocalDate.of(2014, 5, 22), List.of("5", "18"), null, null);
        UUID id = UUID.randomUUID();

        assertThat(rulings.insertIfNew(id, ruling, Instant.parse("2018-07-10T08:00:00Z"))).isTrue();
        assertThat(rulings.insertIfNew(UUID.randomUUID(), ruling, Instant.parse("2018-07-10T08:01:00Z"))).isFalse();

        assertThat(rulings.idOf("ECtHR", "15172/13", LocalDate.of(2014, 5, 22))).contains(id);
        assertThat(rulings.find(id).orElseThrow().articlesViolated()).containsExactly("5", "18");
        assertThat(rulings.all()).hasSize(1);
    }

    @Test
    void readsBackTheOtherApplicationsRespondentsAndKind() {
        NewRuling ruling = new NewRuling("ECtHR", "Mozer v. the Republic of Moldova and Russia", "11138/10", "MD",
                LocalDate.of(2016, 2, 23), List.of("3"), null, null, List.of("2101/11", "2102/11"), List.of("RU"),
                "infringement-judgment");
        UUID id = UUID.randomUUID();
        rulings.insertIfNew(id, ruling, Instant.parse("2018-07-10T08:00:00Z"));

        Ruling read = rulings.find(id).orElseThrow();
        assertThat(read.relatedApplicationNos()).containsExactly("2101/11", "2102/11");
        assertThat(read.otherRespondents()).containsExactly("RU");
        assertThat(read.kind()).isEqualTo("infringement-judgment");

        NewResolution resolution = new NewResolution("Committee of Ministers", "CM/ResDH(2021)423",
                LocalDate.of(2021, 12, 2), "AZ", null, "47145/14", "interim-resolution", null, null,
                List.of("48653/13"), List.of());
        UUID resolutionId = UUID.randomUUID();
        resolutions.insertIfNew(resolutionId, resolution, Instant.parse("2022-01-10T08:00:00Z"));
        assertThat(resolutions.find(resolutionId).orElseThrow().relatedApplicationNos()).containsExactly("48653/13");
        assertThat(resolutions.find(resolutionId).orElseThrow().otherRespondents()).isEmpty();
    }

    @Test
    void storesAResolutionOnceAndReadsItBack() {
        NewResolution resolution = new NewResolution("Committee of Ministers", "CM/Res(2017)379",
                LocalDate.of(2017, 10, 25), "AZ", null, null, "infringement-referral", null, null);
        UUID id = UUID.randomUUID();

        assertThat(resolutions.insertIfNew(id, resolution, Instant.parse("2018-07-10T08:00:00Z"))).isTrue();
        assertThat(resolutions.insertIfNew(UUID.randomUUID(), resolution, Instant.parse("2018-07-10T08:00:00Z"))).isFalse();

        assertThat(resolutions.idOf("Committee of Ministers", "CM/Res(2017)379")).contains(id);
        assertThat(resolutions.find(id).orElseThrow().adoptedOn()).isEqualTo(LocalDate.of(2017, 10, 25));
    }
}
