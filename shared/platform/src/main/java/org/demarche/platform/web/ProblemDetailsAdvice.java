package org.demarche.platform.web;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns {@link InvalidInputException} and unreadable bodies into {@code application/problem+json}
 * of type {@code https://demarche.org/problems/invalid-input} ({@link ProblemTypes}) with an
 * {@code errors} list of {@code {field, message}}; the detail names the first field, and a
 * database that cannot be reached (or is busy) into 503 with {@code Retry-After}
 * ({@link DatabaseUnavailable}). It goes before Spring's own problem-details handler, which answers
 * the remaining errors.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemDetailsAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return problem(e.problems());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        // a self-validating request record refused what it was given: name its fields, not "body"
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return problem(invalid.problems());
            }
        }
        return problem(List.of(FieldProblem.unreadableBody()));
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class,
            RecoverableDataAccessException.class, CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        ProblemDetail problem = DatabaseUnavailable.problemFor(e).orElseThrow();
        log.warn("{} answered 503: {}", problem.getTitle(), e.getMessage());
        return DatabaseUnavailable.response(problem);
    }

    /** The 400 answer: the first field in the detail, all of them in {@code errors}. */
    public static ProblemDetail problem(List<FieldProblem> problems) {
        FieldProblem first = problems.get(0);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, first.field() + ": " + first.message());
        problem.setType(ProblemTypes.INVALID_INPUT);
        problem.setTitle("Invalid input");
        problem.setProperty("errors", problems);
        return problem;
    }
}
