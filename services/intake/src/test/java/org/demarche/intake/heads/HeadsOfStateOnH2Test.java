package org.demarche.intake.heads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.demarche.intake.H2Schema;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class HeadsOfStateOnH2Test {

    private static final Instant AT = Instant.parse("2027-06-01T08:00:00Z");

    private final HeadsOfState heads = new HeadsOfState(JdbcClient.create(H2Schema.migrated()));

    @Test
    void keepsACoordinatorsChangesWhenTheShippedListIsLoadedAgain() {
        ShippedHeadsOfState.read().forEach(head -> heads.insertIfAbsent(head, AT));
        heads.save(new HeadOfState("fr-macron", "Emmanuel Macron", "Président de la République", "FR",
                List.of("Macron"), true), AT);
        heads.retire("cn-xi", AT);

        ShippedHeadsOfState.read().forEach(head -> heads.insertIfAbsent(head, AT));

        assertThat(heads.find("fr-macron").orElseThrow().title()).isEqualTo("Président de la République");
        assertThat(heads.find("cn-xi").orElseThrow().active()).isFalse();
        assertThat(heads.find("az-aliyev").orElseThrow().aliases()).containsExactly("Aliyev", "Aliev");
        assertThat(heads.active()).extracting(HeadOfState::id).doesNotContain("cn-xi", "de-scholz").contains("tr-erdogan");
    }
}
