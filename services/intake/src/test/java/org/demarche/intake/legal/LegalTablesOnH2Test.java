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
