package org.demarche.intake.meeting;

/**
 * Why a meeting was cancelled, as a coordinator gives it (optional, at most
 * {@value #MAX_LENGTH} characters); the same rule for {@code DELETE /api/meetings/{id}} and the
 * cancel form.
 */
final class CancellationReason {

    static final int MAX_LENGTH = 1000;

    private CancellationReason() {
    }

    /** The reason stripped, {@code null} when none is given. */
    static String of(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        int length = reason.strip().length();
        if (length > MAX_LENGTH) {
            throw MeetingRefusedException.of("reason", "meeting.problem.reason.too-long",
                    "is " + length + " characters long; at most " + MAX_LENGTH + " are allowed", length, MAX_LENGTH);
        }
        return reason.strip();
    }
}
