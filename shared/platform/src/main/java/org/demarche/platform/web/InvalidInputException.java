package org.demarche.platform.web;

import java.util.List;
import java.util.stream.Collectors;

/** A request that cannot be accepted as sent; answered with 400 and the problems it names. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
