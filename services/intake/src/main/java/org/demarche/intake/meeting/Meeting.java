package org.demarche.intake.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.demarche.events.Participant;

/**
 * A meeting as entered, the shape {@code GET /api/meetings} returns.
 *
 * @param startsAt local start time as entered, in {@code timeZone}
 * @param startsAtUtc the same moment as an instant
 */
public record Meeting(UUID id, String title, String startsAt, String timeZone, Instant startsAtUtc, String city,
                      List<Participant> participants, String status) {
}
