package org.demarche.intake.hudoc;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as HUDOC and HUDOC-EXEC write them, which depends on the field: {@code kpdate} comes as
 * {@code 2023-12-14T00:00:00} (or {@code 2014-10-03T00:00:00.0Z}), and in older answers in
 * HUDOC's American form {@code 2/13/2020 12:00:00 AM}; {@code judgementdate} and the
 * {@code ...AsText} fields as {@code 14/12/2023 00:00:00}, day first. Which of {@code 2/3/2020}'s
 * numbers is the month is decided by the field; a date that can be read only the other way
 * ({@code 13/02/2020} in {@code kpdate}) is read that way, since nobody could mean a 13th month.
 * Only a date that cannot be read at all is refused, naming the field.
 */
final class HudocDates {

    /** Fields HUDOC writes day first; its other date fields come from its .NET serialiser, month first. */
    private static final Set<String> DAY_FIRST = Set.of("judgementdate", "judgmentdate", "decisiondate",
            "introductiondate");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})(?:[T ,].*)?");
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private HudocDates() {
    }

    /**
     * The date the field holds.
     *
     * @throws BadRecordException naming the field when nobody could read the date
     */
    static LocalDate read(String field, String value) {
        String text = value.strip();
        try {
            Matcher iso = ISO.matcher(text);
            if (iso.matches()) {
                return LocalDate.of(number(iso, 1), number(iso, 2), number(iso, 3));
            }
            Matcher numeric = NUMERIC.matcher(text);
            if (numeric.matches()) {
                return numeric(field, numeric);
            }
            return LocalDate.parse(text, WRITTEN);
        } catch (DateTimeException e) {
            throw new BadRecordException(field, "'" + value + "' is not a date (HUDOC writes it as "
                    + (dayFirst(field) ? "14/12/2023 00:00:00" : "2023-12-14T00:00:00") + ")");
        }
    }

    /** Day and month in the field's order, or in the other when only that one is a date. */
    private static LocalDate numeric(String field, Matcher numeric) {
        int first = number(numeric, 1);
        int second = number(numeric, 3);
        int year = number(numeric, 4);
        // dots and dashes are European writing: day first, whatever the field
        boolean dayFirst = dayFirst(field) || !numeric.group(2).equals("/");
        try {
            return dayFirst ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
        } catch (DateTimeException e) {
            return dayFirst ? LocalDate.of(year, first, second) : LocalDate.of(year, second, first);
        }
    }

    private static boolean dayFirst(String field) {
        String name = field.toLowerCase(Locale.ROOT);
        return DAY_FIRST.contains(name) || name.endsWith("astext");
    }

    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }
}
