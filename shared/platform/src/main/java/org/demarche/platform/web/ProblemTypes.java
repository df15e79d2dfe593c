package org.demarche.platform.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The one style of every error of every service's API: RFC 9457 problem details whose {@code type}
 * is {@code https://demarche.org/problems/<slug>}, with {@code title}, {@code status}, {@code detail}
 * and {@code instance} (Spring adds the request's path), and {@code errors} ({@code [{field, message}]})
 * for invalid input. The slug names the kind of problem in words a script can switch on, e.g.
 * {@code invalid-input}, {@code not-found}, {@code conflict}; the same slug means the same thing in
 * every service. Errors Spring itself answers (an unknown path, a wrong method) get the slug of
 * their status ({@link #forStatus}).
 */
public final class ProblemTypes {

    /** Where every problem type lives; the slug follows. */
    public static final String BASE = "https://demarche.org/problems/";

    public static final URI INVALID_INPUT = of("invalid-input");
    public static final URI UNAUTHORIZED = of("unauthorized");
    public static final URI FORBIDDEN = of("forbidden");
    public static final URI NOT_FOUND = of("not-found");
    public static final URI CONFLICT = of("conflict");
    public static final URI GONE = of("gone");
    public static final URI DATABASE_UNAVAILABLE = of("database-unavailable");
    public static final URI DATABASE_BUSY = of("database-busy");

    private ProblemTypes() {
    }

    /** The type of a kind of problem, e.g. {@code of("sign-on-closed")}. */
    public static URI of(String slug) {
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a problem type's slug is lower-case words joined by hyphens, was " + slug);
        }
        return URI.create(BASE + slug);
    }

    /**
     * A problem of this kind: {@code ProblemTypes.problem(HttpStatus.CONFLICT, "draft-frozen", "Draft frozen",
     * "...")}.
     */
    public static ProblemDetail problem(HttpStatusCode status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(of(slug));
        problem.setTitle(title);
        return problem;
    }

    /**
     * The type of a problem that has none of its own, from its status: 400 {@code bad-request},
     * 404 {@code not-found}, 405 {@code method-not-allowed}, 409 {@code conflict} and so on.
     */
    public static URI forStatus(int status) {
        return switch (status) {
            case 400 -> of("bad-request");
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> of("method-not-allowed");
            case 406 -> of("not-acceptable");
            case 409 -> CONFLICT;
            case 410 -> GONE;
            case 413 -> of("content-too-large");
            case 415 -> of("unsupported-media-type");
            case 422 -> of("unprocessable-content");
            case 429 -> of("too-many-requests");
            case 503 -> of("service-unavailable");
            default -> status >= 500 ? of("server-error") : of("client-error");
        };
    }

    /**
     * A call that names something that is not there: throw it from a controller of {@code /api/**}
     * and the answer is 404 as problem details of type {@code .../not-found}, like every other error.
     */
    public static ErrorResponseException notFound(String detail) {
        return new ErrorResponseException(HttpStatus.NOT_FOUND,
                problem(HttpStatus.NOT_FOUND, "not-found", "Not Found", detail), null);
    }

    /** Gives a problem without a type of its own ({@code about:blank}) the one of its status. */
    public static ProblemDetail typed(ProblemDetail problem) {
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(forStatus(problem.getStatus()));
        }
        return problem;
    }
}
