package org.demarche.intake.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.demarche.events.Participant;
import org.demarche.intake.meeting.MeetingRequest.ParticipantRequest;

/**
 * The meeting form as a coordinator filled it in, kept as typed so that a refused form comes back
 * with everything in it. Participants are rows ({@code participant-0-name}, ...); blank rows are
 * left out of the {@link MeetingRequest} it becomes, which the API's own checks then judge.
 */
record MeetingForm(String title, String startsAt, String timeZone, String city, List<Row> participants) {

    /** Rows the form always shows, filled or not. */
    static final int SHOWN_ROWS = 4;
    /** Rows read from a submitted form at most; more would not come from the page. */
    static final int MAX_ROWS = 50;

    private static final Pattern PARTICIPANT_FIELD = Pattern.compile("participants\\[(\\d+)]\\.(\\w+)");
    private static final Pattern ROW_FIELD = Pattern.compile("participant-(\\d+)-\\w+");

    /** One participant row: name, title and ISO country code as typed. */
    record Row(String name, String title, String country) {

        static final Row BLANK = new Row("", "", "");

        boolean isBlank() {
            return blank(name) && blank(title) && blank(country);
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }

    MeetingForm {
        participants = padded(participants);
    }

    static MeetingForm blank() {
        return new MeetingForm("", "", "", "", List.of());
    }

    /** The form filled in with a meeting as stored, for changing it. */
    static MeetingForm of(Meeting meeting) {
        return new MeetingForm(meeting.title(), meeting.startsAt(), meeting.timeZone(), meeting.city(),
                meeting.participants().stream().map(MeetingForm::row).toList());
    }

    /** The form as submitted ({@code application/x-www-form-urlencoded} fields by their names). */
    static MeetingForm from(Map<String, String> fields) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS && fields.containsKey(rowField(i, "name")); i++) {
            rows.add(new Row(fields.get(rowField(i, "name")), fields.getOrDefault(rowField(i, "title"), ""),
                    fields.getOrDefault(rowField(i, "country"), "")));
        }
        return new MeetingForm(fields.getOrDefault("title", ""), fields.getOrDefault("startsAt", ""),
                fields.getOrDefault("timeZone", ""), fields.getOrDefault("city", ""), rows);
    }

    /** What the API would be sent: the same fields, the filled-in rows only. */
    MeetingRequest toRequest() {
        return new MeetingRequest(title, startsAt, timeZone, city, participants.stream()
                .filter(row -> !row.isBlank())
                .map(row -> new ParticipantRequest(row.name(), row.title(), row.country()))
                .toList());
    }

    /**
     * The form field where the API's field is typed: {@code participants[1].country} is the
     * country of the second filled-in row, whichever row of the form that is.
     */
    String formFieldOf(String apiField) {
        Matcher participant = PARTICIPANT_FIELD.matcher(apiField);
        if (!participant.matches()) {
            return apiField;
        }
        int wanted = Integer.parseInt(participant.group(1));
        int filled = -1;
        for (int row = 0; row < participants.size(); row++) {
            if (!participants.get(row).isBlank() && ++filled == wanted) {
                return rowField(row, participant.group(2));
            }
        }
        return "participants";
    }

    /** The row of a participant form field, if it is one ({@code participant-2-country} → 2). */
    static Optional<Integer> rowOf(String formField) {
        Matcher row = ROW_FIELD.matcher(formField);
        return row.matches() ? Optional.of(Integer.parseInt(row.group(1))) : Optional.empty();
    }

    /** The first row with no name, where a missing participant is best typed. */
    int firstEmptyRow() {
        for (int row = 0; row < participants.size(); row++) {
            if (participants.get(row).name() == null || participants.get(row).name().isBlank()) {
                return row;
            }
        }
        return 0;
    }

    static String rowField(int row, String part) {
        return "participant-" + row + "-" + part;
    }

    private static Row row(Participant participant) {
        return new Row(participant.name(), participant.title(), participant.country());
    }

    private static List<Row> padded(List<Row> rows) {
        List<Row> all = new ArrayList<>(rows == null ? List.of() : rows);
        while (all.size() < SHOWN_ROWS) {
            all.add(Row.BLANK);
        }
        return List.copyOf(all);
    }
}
