package org.demarche.platform.web;

/**
 * One thing wrong with a request.
 *
 * @param field   the field as the client sent it, e.g. {@code participants[1].country}
 * @param message what is wrong with it, in words a coordinator understands
 */
public record FieldProblem(String field, String message) {

    /** A body that is not JSON, or not the JSON the call expects. */
    public static FieldProblem unreadableBody() {
        return new FieldProblem("body", "the request body is not the JSON this call expects");
    }
}
