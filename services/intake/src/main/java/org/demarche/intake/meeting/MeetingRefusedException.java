package org.demarche.intake.meeting;

import java.util.List;

import org.demarche.platform.web.InvalidInputException;

/**
 * A meeting that cannot be accepted as entered. To the API it is any invalid input (400, the
 * problems in English); the pages read {@link #meetingProblems()} to say each one in the reader's
 * language next to its field.
 */
class MeetingRefusedException extends InvalidInputException {

    private final transient List<MeetingProblem> meetingProblems;

    MeetingRefusedException(List<MeetingProblem> problems) {
        super(problems.stream().map(MeetingProblem::asFieldProblem).toList());
        this.meetingProblems = List.copyOf(problems);
    }

    static MeetingRefusedException of(String field, String code, String message, Object... arguments) {
        return new MeetingRefusedException(List.of(MeetingProblem.of(field, code, message, arguments)));
    }

    public List<MeetingProblem> meetingProblems() {
        return meetingProblems;
    }
}
