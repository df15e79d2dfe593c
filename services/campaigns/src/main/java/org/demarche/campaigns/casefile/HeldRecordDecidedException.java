package org.demarche.campaigns.casefile;

import org.demarche.campaigns.casefile.HeldRecords.Hold;
import org.demarche.platform.web.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The held record was attached, dismissed or resolved already: a decision is made once. Answered with 409. */
class HeldRecordDecidedException extends ErrorResponseException {

    HeldRecordDecidedException(Hold hold) {
        super(HttpStatus.CONFLICT, problem(hold), null);
    }

    private static ProblemDetail problem(Hold hold) {
        String by = hold.decidedBy() == null ? "" : " by " + hold.decidedBy();
        String to = hold.caseId() == null ? "" : " to case " + hold.caseId();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The record is " + hold.status().wireName() + to + by + ": it is no longer held.");
        problem.setTitle("No longer held");
        problem.setType(ProblemTypes.of("no-longer-held"));
        return problem;
    }
}
