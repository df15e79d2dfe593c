package org.demarche.campaigns.campaign;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No campaign has this id. Answered with 404. */
public class UnknownCampaignException extends ErrorResponseException {

    public UnknownCampaignException(UUID id) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No campaign " + id), null);
    }
}
