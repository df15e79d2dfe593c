package org.demarche.outreach.answer;

import java.util.List;
import java.util.stream.Collectors;

/** An answer that cannot be recorded as given; each problem names its field. */
class AnswerRejectedException extends RuntimeException {

    private final transient List<AnswerProblem> problems;

    AnswerRejectedException(List<AnswerProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.code()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    List<AnswerProblem> problems() {
        return problems;
    }
}
