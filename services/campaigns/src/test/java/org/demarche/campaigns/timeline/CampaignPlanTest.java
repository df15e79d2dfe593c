package org.demarche.campaigns.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class CampaignPlanTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZonedDateTime REFERENCE_MEETING = ZonedDateTime.of(2018, 7, 20, 11, 0, 0, 0, PARIS);
    private static final TimelineProperties REFERENCE_PLAN = new TimelineProperties(TimelineOffset.parse("P9D"),
            TimelineOffset.parse("P5D"), TimelineOffset.parse("P3D"), TimelineOffset.parse("P2D"), TimelineOffset.parse("P7D"));

    @Test
    void countsTheReferencePlanBackFromTheMeetingInItsOwnZone() {
        var plan = planAt("2018-07-01T00:00:00Z", REFERENCE_MEETING, Set.of());

        assertThat(plan).containsExactly(
                Map.entry(DeadlineKind.SIGN_ON_REQUESTS, Instant.parse("2018-07-11T09:00:00Z")),
                Map.entry(DeadlineKind.REMINDER, Instant.parse("2018-07-15T09:00:00Z")),
                Map.entry(DeadlineKind.SIGN_ON_CLOSES, Instant.parse("2018-07-17T09:00:00Z")),
                Map.entry(DeadlineKind.PUBLICATION, Instant.parse("2018-07-18T09:00:00Z")),
                Map.entry(DeadlineKind.FOLLOW_UP, Instant.parse("2018-07-27T09:00:00Z")));
    }

    @Test
    void keepsTheWallClockTimeAcrossADaylightSavingChange() {
        // Paris moves to summer time on 25 March 2018: 9 calendar days before 11:00 CEST is 11:00 CET
        var meeting = ZonedDateTime.of(2018, 4, 2, 11, 0, 0, 0, PARIS);

        var plan = planAt("2018-03-01T00:00:00Z", meeting, Set.of());

        assertThat(plan.get(DeadlineKind.SIGN_ON_REQUESTS)).isEqualTo(Instant.parse("2018-03-24T10:00:00Z"));
        assertThat(plan.get(DeadlineKind.SIGN_ON_REQUESTS).atZone(PARIS).toLocalTime()).hasToString("11:00");
        assertThat(plan.get(DeadlineKind.PUBLICATION)).isEqualTo(Instant.parse("2018-03-31T09:00:00Z"));
    }

    @Test
    void countsDaysOnTheCalendarOfTheMeetingNotOfThePartners() {
        // a meeting at 09:00 in Tokyo: its deadlines fall at 09:00 Tokyo time, whoever reads them
        var meeting = ZonedDateTime.of(2018, 7, 20, 9, 0, 0, 0, ZoneId.of("Asia/Tokyo"));

        var plan = planAt("2018-07-01T00:00:00Z", meeting, Set.of());

        assertThat(plan.get(DeadlineKind.PUBLICATION)).isEqualTo(Instant.parse("2018-07-18T00:00:00Z"));
        assertThat(plan.get(DeadlineKind.PUBLICATION).atZone(ZoneId.of("America/Los_Angeles")).toLocalDate())
                .hasToString("2018-07-17");
    }

    @Test
    void compressesALateEntryIntoTheTimeLeftKeepingOrderAndShares() {
        // entered 4 days before the meeting; the plan needs 9
        var plan = planAt("2018-07-16T09:00:00Z", REFERENCE_MEETING, Set.of());

        Instant now = Instant.parse("2018-07-16T09:00:00Z");
        Instant meeting = REFERENCE_MEETING.toInstant();
        assertThat(plan.get(DeadlineKind.SIGN_ON_REQUESTS)).isEqualTo(now);
        assertThat(plan.get(DeadlineKind.REMINDER)).isEqualTo(meeting.minusSeconds(5 * 86400 * 4 / 9));
        assertThat(plan.get(DeadlineKind.SIGN_ON_CLOSES)).isEqualTo(meeting.minusSeconds(3 * 86400 * 4 / 9));
        assertThat(plan.get(DeadlineKind.PUBLICATION)).isEqualTo(meeting.minusSeconds(2 * 86400 * 4 / 9));
        assertThat(plan.values()).allSatisfy(due -> assertThat(due).isAfterOrEqualTo(now));
        assertThat(plan.get(DeadlineKind.FOLLOW_UP)).as("after the meeting, untouched")
                .isEqualTo(Instant.parse("2018-07-27T09:00:00Z"));
    }

    @Test
    void doesNotCompressWhenTheFirstStepIsStillAhead() {
        var plan = planAt("2018-07-11T08:59:59Z", REFERENCE_MEETING, Set.of());

        assertThat(plan.get(DeadlineKind.SIGN_ON_REQUESTS)).isEqualTo(Instant.parse("2018-07-11T09:00:00Z"));
    }

    @Test
    void replansOnlyWhatIsLeftWhenTheMeetingMovesEarlierPastADeadline() {
        // requests went out; the meeting moves from 20 to 16 July, so the reminder would be overdue
        var moved = ZonedDateTime.of(2018, 7, 16, 11, 0, 0, 0, PARIS);

        var plan = planAt("2018-07-12T09:00:00Z", moved, EnumSet.of(DeadlineKind.SIGN_ON_REQUESTS));

        assertThat(plan).doesNotContainKey(DeadlineKind.SIGN_ON_REQUESTS);
        Instant now = Instant.parse("2018-07-12T09:00:00Z");
        assertThat(plan.get(DeadlineKind.REMINDER)).isEqualTo(now);
        assertThat(plan.get(DeadlineKind.SIGN_ON_CLOSES)).isEqualTo(moved.toInstant().minusSeconds(3 * 86400 * 4 / 5));
        assertThat(plan.get(DeadlineKind.PUBLICATION)).isEqualTo(moved.toInstant().minusSeconds(2 * 86400 * 4 / 5));
    }

    @Test
    void neverRepeatsAReminderWhenTheMeetingMovesLater() {
        var moved = ZonedDateTime.of(2018, 7, 27, 11, 0, 0, 0, PARIS);

        var plan = planAt("2018-07-16T09:00:00Z", moved,
                EnumSet.of(DeadlineKind.SIGN_ON_REQUESTS, DeadlineKind.REMINDER));

        assertThat(plan).containsOnlyKeys(DeadlineKind.SIGN_ON_CLOSES, DeadlineKind.PUBLICATION, DeadlineKind.FOLLOW_UP);
        assertThat(plan.get(DeadlineKind.SIGN_ON_CLOSES)).isEqualTo(Instant.parse("2018-07-24T09:00:00Z"));
    }

    @Test
    void runsEveryStepAtOnceInOrderWhenTheMeetingHasBegun() {
        var plan = planAt("2018-07-20T10:00:00Z", REFERENCE_MEETING, Set.of());

        Instant now = Instant.parse("2018-07-20T10:00:00Z");
        assertThat(plan.get(DeadlineKind.SIGN_ON_REQUESTS)).isEqualTo(now);
        assertThat(plan.get(DeadlineKind.REMINDER)).isEqualTo(now.plusSeconds(1));
        assertThat(plan.get(DeadlineKind.SIGN_ON_CLOSES)).isEqualTo(now.plusSeconds(2));
        assertThat(plan.get(DeadlineKind.PUBLICATION)).isEqualTo(now.plusSeconds(3));
    }

    @Test
    void takesExactSecondsForDemos() {
        var seconds = new TimelineProperties(TimelineOffset.parse("PT40S"), TimelineOffset.parse("PT30S"),
                TimelineOffset.parse("PT20S"), TimelineOffset.parse("PT10S"), TimelineOffset.parse("PT5S"));
        var meeting = LocalDateTime.parse("2026-12-01T10:00:00").atZone(PARIS);
        var clock = Clock.fixed(meeting.toInstant().minusSeconds(60), ZoneOffset.UTC);

        var plan = byKind(new CampaignPlan(seconds, clock).plan(meeting));

        assertThat(plan.get(DeadlineKind.SIGN_ON_REQUESTS)).isEqualTo(meeting.toInstant().minusSeconds(40));
        assertThat(plan.get(DeadlineKind.FOLLOW_UP)).isEqualTo(meeting.toInstant().plusSeconds(5));
    }

    private static Map<DeadlineKind, Instant> planAt(String now, ZonedDateTime meeting, Set<DeadlineKind> done) {
        var clock = Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
        return byKind(new CampaignPlan(REFERENCE_PLAN, clock).plan(meeting, done));
    }

    private static Map<DeadlineKind, Instant> byKind(List<PlannedDeadline> plan) {
        return plan.stream().collect(Collectors.toMap(PlannedDeadline::kind, PlannedDeadline::dueAt,
                (a, b) -> a, () -> new java.util.EnumMap<>(DeadlineKind.class)));
    }
}
