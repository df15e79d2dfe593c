package org.demarche.campaigns.timeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Counts a campaign's deadlines back from its meeting.
 *
 * <p>Normally each step falls its configured number of calendar days before (or after) the
 * meeting, in the meeting's own time zone: "2 days before" a meeting at 11:00 Europe/Paris is
 * 11:00 Paris time two days earlier, whatever daylight-saving change lies between.
 *
 * <p>When the meeting is nearer than the plan needs — entered late, or moved earlier — the steps
 * still to come are compressed into the time left: the first of them is due now, the others keep
 * their order and their share of the time, and none is scheduled in the past. When the meeting has
 * already begun, every step still to come before it is due at once, one second apart, in order.
 * Steps already done are never planned again.
 */
@Component
public class CampaignPlan {

    private final TimelineProperties timeline;
    private final Clock clock;

    CampaignPlan(TimelineProperties timeline, Clock clock) {
        this.timeline = timeline;
        this.clock = clock;
    }

    /** The plan of a campaign none of whose steps has happened yet. */
    public List<PlannedDeadline> plan(ZonedDateTime meeting) {
        return plan(meeting, Set.of());
    }

    /** The plan of the steps not yet done, for a meeting at {@code meeting} (in its own zone). */
    public List<PlannedDeadline> plan(ZonedDateTime meeting, Set<DeadlineKind> done) {
        Instant now = clock.instant();
        Instant start = meeting.toInstant();
        Map<DeadlineKind, Instant> normal = new EnumMap<>(DeadlineKind.class);
        for (DeadlineKind kind : DeadlineKind.values()) {
            if (!done.contains(kind)) {
                normal.put(kind, normalDue(meeting, kind));
            }
        }
        List<DeadlineKind> before = normal.keySet().stream().filter(DeadlineKind::beforeMeeting).toList();
        boolean late = before.stream().anyMatch(kind -> normal.get(kind).isBefore(now));
        if (late) {
            compress(normal, before, start, now);
        }
        List<PlannedDeadline> plan = new ArrayList<>();
        normal.forEach((kind, due) -> plan.add(new PlannedDeadline(kind, due)));
        return List.copyOf(plan);
    }

    private Instant normalDue(ZonedDateTime meeting, DeadlineKind kind) {
        TimelineOffset offset = timeline.offset(kind);
        return (kind.beforeMeeting() ? offset.before(meeting) : offset.after(meeting)).toInstant();
    }

    private static void compress(Map<DeadlineKind, Instant> plan, List<DeadlineKind> before, Instant start, Instant now) {
        Duration left = Duration.between(now, start);
        if (left.isZero() || left.isNegative()) {
            for (int i = 0; i < before.size(); i++) {
                plan.put(before.get(i), now.plusSeconds(i));
            }
            return;
        }
        Duration span = Duration.between(plan.get(before.get(0)), start);
        for (DeadlineKind kind : before) {
            Duration ahead = Duration.between(plan.get(kind), start);
            long scaledMillis = Math.round(ahead.toMillis() * ((double) left.toMillis() / span.toMillis()));
            plan.put(kind, start.minusMillis(scaledMillis));
        }
    }
}
