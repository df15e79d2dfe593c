package org.demarche.intake.hudoc;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Dates as HUDOC's result JSON writes them: {@code 2014-05-22T00:00:00}, {@code 2014-05-22} or {@code 5/22/2014 12:00:00 AM}. */
final class HudocDates {

    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/uuuu[ h:mm:ss a]", Locale.ENGLISH);

    private HudocDates() {
    }

    /** The date as an ISO date ({@code 2014-05-22}) for the API's checks, or the text as given when it is none of these. */
    static String iso(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        String text = value.strip();
        if (text.matches("\\d{4}-\\d{2}-\\d{2}([T ].*)?")) {
            return text.substring(0, 10);
        }
        try {
            return LocalDate.parse(text, US).toString();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text, US).toLocalDate().toString();
            } catch (DateTimeParseException again) {
                return text;
            }
        }
    }
}
