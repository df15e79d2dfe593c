package org.demarche.intake.hudocwatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.demarche.intake.H2Schema;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class HudocWatchCursorsOnH2Test {

    private static final Instant NOW = Instant.parse("2027-06-01T00:00:00Z");

    private final WatchCursors cursors = new WatchCursors(JdbcClient.create(H2Schema.migrated()));

    @Test
    void followsAStateOnceAndMovesItsCursorOnlyForward() {
        cursors.follow("hudoc", "AZE", NOW);
        cursors.follow("hudoc", "AZE", NOW.plusSeconds(60));
        assertThat(cursors.all()).hasSize(1);
        assertThat(cursors.find("hudoc", "AZE").orElseThrow().from()).isNull();

        UUID run = UUID.randomUUID();
        cursors.advance("hudoc", "AZE", LocalDate.of(2024, 3, 7), run);
        cursors.advance("hudoc", "AZE", LocalDate.of(2023, 1, 1), UUID.randomUUID());

        WatchCursor cursor = cursors.find("hudoc", "AZE").orElseThrow();
        assertThat(cursor.from()).isEqualTo(LocalDate.of(2024, 3, 7));
        assertThat(cursor.lastImportId()).isEqualTo(run);
    }

    @Test
    void letsOneInstanceClaimADuePoll() {
        cursors.follow("hudoc-exec", "TUR", NOW);
        WatchCursor due = cursors.find("hudoc-exec", "TUR").orElseThrow();

        assertThat(cursors.claim(due, NOW.plusSeconds(3600))).isTrue();
        assertThat(cursors.claim(due, NOW.plusSeconds(3600))).as("claimed already").isFalse();
        assertThat(cursors.find("hudoc-exec", "TUR").orElseThrow().nextPollAt()).isEqualTo(NOW.plusSeconds(3600));
    }

    @Test
    void keepsWhatTheLastPollDid() {
        cursors.follow("hudoc", "GEO", NOW);
        cursors.polled("hudoc", "GEO", WatchCursor.FAILED, "hudoc.echr.coe.int answered HTTP 503", NOW);

        WatchCursor cursor = cursors.find("hudoc", "GEO").orElseThrow();
        assertThat(cursor.lastOutcome()).isEqualTo("failed");
        assertThat(cursor.lastError()).contains("503");
        assertThat(cursor.lastPolledAt()).isEqualTo(NOW);
    }
}
