package org.demarche.intake.legal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.demarche.platform.CountryCodes;
import org.demarche.platform.web.FieldProblem;
import org.demarche.platform.web.InvalidInputException;

/**
 * Checks the fields of one request and collects what is wrong with each, so that a coordinator
 * learns every problem at once. Each check returns the value as it will be stored (stripped), or
 * null when it is absent or wrong.
 */
final class InputChecks {


    private final List<FieldProblem> problems = new ArrayList<>();

    /** Today somewhere on Earth (the date in the zone furthest ahead of UTC): no later date has happened yet. */
    static LocalDate latestDate(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.MAX);
    }

    String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "is required"));
            return null;
        }
        return optional(field, value, maxLength);
    }

    String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            problems.add(new FieldProblem(field, "is " + stripped.length() + " characters long; at most "
                    + maxLength + " are allowed"));
            return null;
        }
        return stripped;
    }

    /** An ISO 3166-1 alpha-2 code exactly as given: other spellings (AZE, az) are refused, not guessed at. */
    String country(String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "is required, as an ISO 3166-1 alpha-2 country code such as AZ"));
            return null;
        }
        if (!CountryCodes.isAlpha2(value)) {
            problems.add(new FieldProblem(field, "'" + value
                    + "' is not an ISO 3166-1 alpha-2 country code (two capital letters such as AZ or TR)"));
            return null;
        }
        return value;
    }

    /** Optional further values, such as the other applications a judgment joined: each one given must be there. */
    List<String> optionalList(String field, List<String> values, int maxLength) {
        List<String> checked = new ArrayList<>();
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                String value = required(field + "[" + i + "]", values.get(i), maxLength);
                if (value != null && !checked.contains(value)) {
                    checked.add(value);
                }
            }
        }
        return List.copyOf(checked);
    }

    /** Optional further states, each an ISO 3166-1 alpha-2 code as {@link #country} takes it. */
    List<String> countries(String field, List<String> values) {
        List<String> checked = new ArrayList<>();
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                String value = country(field + "[" + i + "]", values.get(i));
                if (value != null && !checked.contains(value)) {
                    checked.add(value);
                }
            }
        }
        return List.copyOf(checked);
    }

    /** An ISO date ({@code 2018-05-22}) no later than {@code latest}. */
    LocalDate date(String field, String value, LocalDate latest) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "is required, as a date such as 2018-05-22"));
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "'" + value + "' is not a date such as 2018-05-22"));
            return null;
        }
        if (date.isAfter(latest)) {
            problems.add(new FieldProblem(field, date + " is in the future"));
            return null;
        }
        return date;
    }

    /** An absolute http or https address, when one is given. */
    String optionalWebAddress(String field, String value, int maxLength) {
        String address = optional(field, value, maxLength);
        if (address == null) {
            return null;
        }
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return address;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add(new FieldProblem(field, "'" + value + "' is not an http or https address"));
        return null;
    }

    String oneOf(String field, String value, List<String> allowed) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "is required, one of " + String.join(", ", allowed)));
            return null;
        }
        if (!allowed.contains(value.strip())) {
            problems.add(new FieldProblem(field, "'" + value + "' is not one of " + String.join(", ", allowed)));
            return null;
        }
        return value.strip();
    }

    void problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    /** @throws InvalidInputException naming every problem found, if any */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
