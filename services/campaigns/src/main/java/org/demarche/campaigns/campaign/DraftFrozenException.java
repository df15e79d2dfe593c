package org.demarche.campaigns.campaign;

import org.demarche.platform.web.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The letter is published (or the campaign cancelled): it no longer changes. Answered with 409. */
class DraftFrozenException extends ErrorResponseException {

    DraftFrozenException(Campaign campaign) {
        super(HttpStatus.CONFLICT, problem(campaign), null);
    }

    private static ProblemDetail problem(Campaign campaign) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The campaign is "
                + campaign.status() + ": its letter is final and version " + campaign.draftVersion()
                + " is the one that stands.");
        problem.setTitle("Letter is final");
        problem.setType(ProblemTypes.of("letter-final"));
        return problem;
    }
}
