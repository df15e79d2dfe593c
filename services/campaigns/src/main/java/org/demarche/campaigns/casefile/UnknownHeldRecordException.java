package org.demarche.campaigns.casefile;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No court record was held under this id. Answered with 404. */
class UnknownHeldRecordException extends ErrorResponseException {

    UnknownHeldRecordException(UUID id) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No held record " + id), null);
    }
}
