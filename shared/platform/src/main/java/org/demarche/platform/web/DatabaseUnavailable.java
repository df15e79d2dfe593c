package org.demarche.platform.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A request that failed because the database could not be reached, or could not complete it for
 * now (a lock, a timeout): 503 with {@code Retry-After}, never a 500. The transaction of such a
 * request did not commit, so nothing of it was kept and the client may simply send it again.
 */
public final class DatabaseUnavailable {

    /** How long a client should wait before trying again: a database restart or fail-over. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    private static final String UNREACHABLE = "The service cannot reach its database just now; nothing of this "
            + "request was saved. Try again in a few seconds.";
    private static final String BUSY = "The database could not complete this request just now (a lock or a "
            + "timeout); nothing of it was saved. Try again in a few seconds.";

    private DatabaseUnavailable() {
    }

    /** The answer for this failure, if the database is why it happened. */
    public static Optional<ProblemDetail> problemFor(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (unreachable(cause)) {
                return Optional.of(problem(ProblemTypes.DATABASE_UNAVAILABLE, "Database unavailable", UNREACHABLE));
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException) {
                return Optional.of(problem(ProblemTypes.DATABASE_BUSY, "Database busy", BUSY));
            }
        }
        return Optional.empty();
    }

    static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The same answer written outside Spring MVC: from a filter or the sign-in check. */
    public static void write(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        // fixed texts, and a path whose quotes and backslashes are escaped: no JSON library needed here
        String path = request.getRequestURI().replace("\\", "\\\\").replace("\"", "\\\"");
        response.getWriter().write("{\"type\":\"" + problem.getType() + "\",\"title\":\"" + problem.getTitle()
                + "\",\"status\":503,\"detail\":\"" + problem.getDetail() + "\",\"instance\":\"" + path + "\"}");
    }

    private static boolean unreachable(Throwable cause) {
        if (cause instanceof DataAccessResourceFailureException // includes CannotGetJdbcConnectionException
                || cause instanceof RecoverableDataAccessException
                || cause instanceof CannotCreateTransactionException
                || cause instanceof SQLTransientConnectionException // Hikari: no connection within its timeout
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException) {
            return true;
        }
        // 08: connection exception; 57P01-57P03: the server is shutting down, crashed or starting
        return cause instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"));
    }

    private static ProblemDetail problem(java.net.URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
