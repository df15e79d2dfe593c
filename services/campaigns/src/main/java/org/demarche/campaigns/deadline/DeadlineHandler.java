package org.demarche.campaigns.deadline;

import java.util.UUID;

import org.demarche.campaigns.timeline.DeadlineKind;

/** What happens when a campaign's deadline is reached; implemented where campaigns are run. */
public interface DeadlineHandler {

    /**
     * Runs the step once: a second call for the same campaign and step changes nothing.
     *
     * @return whether this call did the step's work (false: done before, or cancelled)
     */
    boolean deadlineReached(UUID campaignId, DeadlineKind kind);
}
