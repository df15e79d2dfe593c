package org.demarche.campaigns.campaign;

import org.demarche.platform.web.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A change to the ask or the people named after signing closed: the signatures given would vouch
 * for a text their authors never saw, and nobody can be asked any more. Answered with 409.
 */
class SignaturesAtStakeException extends ErrorResponseException {

    SignaturesAtStakeException(Campaign campaign) {
        super(HttpStatus.CONFLICT, problem(campaign), null);
    }

    private static ProblemDetail problem(Campaign campaign) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Signing has closed: the ask "
                + "and the people named can no longer change without the signatories' consent. Reword other parts, "
                + "or keep version " + campaign.draftVersion() + ".");
        problem.setTitle("Signatures at stake");
        problem.setType(ProblemTypes.of("signatures-at-stake"));
        problem.setProperty("errors", java.util.List.of(new org.demarche.platform.web.FieldProblem("parts.ask",
                "cannot change after signing closed")));
        return problem;
    }
}
