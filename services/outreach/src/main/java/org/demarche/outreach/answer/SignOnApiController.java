package org.demarche.outreach.answer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Instant;
import java.util.Locale;

import org.demarche.outreach.signon.ExpiredLinkException;
import org.demarche.outreach.signon.RevokedLinkException;
import org.demarche.outreach.signon.SignOnInvitation;
import org.demarche.outreach.signon.UnknownLinkException;
import org.demarche.platform.web.FieldProblem;
import org.demarche.platform.web.InvalidInputException;
import org.demarche.platform.web.ProblemTypes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sign-on page as JSON, for scripts and apps: read the invitation, answer it. The token in
 * the path is the only credential. Errors are problem details: 400 naming the field, 404 for a
 * link that is not genuine, 410 once signing has closed or the link was withdrawn.
 */
@RestController
@RequestMapping("/api/sign-on/{token}")
class SignOnApiController {

    private final SignOnAccess access;
    private final SignOnAnswers answers;
    private final MessageSource messages;

    SignOnApiController(SignOnAccess access, SignOnAnswers answers, MessageSource messages) {
        this.access = access;
        this.answers = answers;
        this.messages = messages;
    }

    /** The reference case's first signatory, co-signing for the Human Rights Club in Baku. */
    static final String REFERENCE_SIGNATURE = """
            {"decision": "sign", "signatory": {"name": "Rasul Jafarov", "title": "Director",
             "organisation": "Human Rights Club", "country": "AZ"}}""";

    @GetMapping
    @Operation(summary = "The partner's invitation: the draft, the deadline and the answer so far (open: the token is the key)")
    @ApiResponse(responseCode = "200", description = "the invitation")
    @ApiResponse(responseCode = "410", description = "the link was revoked or signing has closed")
    SignOnView read(@PathVariable String token) {
        return SignOnView.of(access.open(token));
    }

    @PostMapping
    @Operation(summary = "Sign or decline (open: the token is the key)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "reference case", value = REFERENCE_SIGNATURE))))
    @ApiResponse(responseCode = "200", description = "the answer is recorded")
    @ApiResponse(responseCode = "410", description = "the link was revoked or signing has closed")
    SignOnView answer(@PathVariable String token, @RequestBody AnswerRequest request) {
        access.open(token); // a dead link is 404 or 410 whatever the body says
        SignOnAnswer answer;
        try {
            answer = request.toInput().validate();
        } catch (AnswerRejectedException e) {
            throw new InvalidInputException(e.problems().stream()
                    .map(problem -> new FieldProblem(problem.field(), problem.message(messages, Locale.ENGLISH)))
                    .toList());
        }
        return SignOnView.of(answers.record(token, answer));
    }

    @ExceptionHandler(UnknownLinkException.class)
    ProblemDetail unknown() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "This sign-on link is not one that Démarche issued, or it was altered.");
        problem.setTitle("Unknown sign-on link");
        problem.setType(ProblemTypes.of("unknown-sign-on-link"));
        return problem;
    }

    @ExceptionHandler(RevokedLinkException.class)
    ProblemDetail revoked() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE,
                "This sign-on link was withdrawn by the campaign's coordinators.");
        problem.setTitle("Sign-on link withdrawn");
        problem.setType(ProblemTypes.of("sign-on-link-revoked"));
        return problem;
    }

    @ExceptionHandler(ExpiredLinkException.class)
    ProblemDetail expired() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE,
                "Signing has closed for this letter: its deadline has passed.");
        problem.setTitle("Signing closed");
        problem.setType(ProblemTypes.of("sign-on-closed"));
        return problem;
    }

    /**
     * What the partner's page shows.
     *
     * @param deadline when signing closes
     * @param status    {@code pending}, {@code signed} or {@code declined}
     * @param anonymous whether the partner signed without being named
     */
    record SignOnView(String campaignTitle, String organisation, int draftVersion, String draftText, Instant deadline,
                      String timeZone, String status, boolean anonymous) {

        static SignOnView of(SignOnInvitation invitation) {
            return new SignOnView(invitation.campaignTitle(), invitation.organisation(), invitation.draftVersion(),
                    invitation.draftText(), invitation.signOnDeadline(), invitation.timeZone(),
                    invitation.status().wireName(), invitation.anonymous());
        }
    }

    /**
     * The body of an answer: {@code decision}, the {@code signatory} when signing, an optional image or
     * reason, and {@code anonymous: true} to sign without being named on the letter.
     */
    record AnswerRequest(String decision, SignatoryFields signatory, String signatureImage, String reason,
                         Boolean anonymous) {

        AnswerInput toInput() {
            SignatoryFields who = signatory == null ? new SignatoryFields(null, null, null, null) : signatory;
            return new AnswerInput(decision, who.name(), who.title(), who.organisation(), who.country(), reason,
                    signatureImage, null, Boolean.TRUE.equals(anonymous));
        }
    }

    record SignatoryFields(String name, String title, String organisation, String country) {
    }
}
