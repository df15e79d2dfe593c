package org.demarche.campaigns.action;

import org.demarche.platform.web.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The campaign's state does not allow the action (a resume of a campaign not paused, say). Answered with 409. */
class ActionConflictException extends ErrorResponseException {

    public ActionConflictException(ActionKind kind, String why) {
        super(HttpStatus.CONFLICT, problem(kind, why), null);
    }

    private static ProblemDetail problem(ActionKind kind, String why) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                kind.wireName() + " is not possible now: " + why);
        problem.setTitle("Action not possible in the campaign's state");
        problem.setType(ProblemTypes.of("action-not-possible"));
        problem.setProperty("action", kind.wireName());
        return problem;
    }

    /** The problem's detail, for tests and logs. */
    public String detail() {
        return getBody().getDetail();
    }
}
