package org.demarche.outreach.partnermail;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Url;

/**
 * A campaign's calendar file as ical4j wrote it for a made-up partner, with the lines that differ
 * from partner to partner (the personal link in DESCRIPTION and URL, the DTSTAMP) left as gaps,
 * which ical4j fills with the lines it writes for each real partner.
 *
 * <p>The result is the same text, byte for byte, as ical4j writing the whole calendar because
 * ical4j's {@code Calendar.toString()} writes one property per line, ended by CRLF and not folded,
 * and leaves no line feed inside a value (a summary's line breaks become {@code \n}): so a line
 * that reads exactly like the made-up partner's DTSTAMP, DESCRIPTION or URL is that property, and
 * nothing else in the file depends on the link or the moment. A calendar that does not read as
 * expected (a later ical4j that folds, say) makes no template, and the caller has ical4j write it
 * whole.
 */
final class CalendarTemplate {

    /** A link that ical4j writes as it is, in DESCRIPTION as in URL. */
    static final String PLACEHOLDER_LINK = "https://placeholder.invalid/sign";
    static final Instant PLACEHOLDER_NOW = Instant.EPOCH;

    private static final String LINE_END = "\r\n";

    /** A line that differs from partner to partner. */
    private enum Gap {
        STAMP, DESCRIPTION, URL
    }

    /** {@code fixed.get(i)} comes before {@code gaps.get(i)}; the last one comes after all gaps. */
    private final List<String> fixed;
    private final List<Gap> gaps;
    private final int fixedLength;

    private CalendarTemplate(List<String> fixed, List<Gap> gaps) {
        this.fixed = List.copyOf(fixed);
        this.gaps = List.copyOf(gaps);
        this.fixedLength = fixed.stream().mapToInt(String::length).sum();
    }

    /**
     * @param rendered the calendar as ical4j wrote it with {@link #PLACEHOLDER_LINK} and
     *                 {@link #PLACEHOLDER_NOW}
     * @param events   how many events it has, each with its DTSTAMP
     * @return empty when the calendar does not have exactly the lines expected
     */
    static Optional<CalendarTemplate> of(String rendered, int events) {
        String stamp = new DtStamp(PLACEHOLDER_NOW).toString();
        String description = new Description(PLACEHOLDER_LINK).toString();
        String url = new Url(URI.create(PLACEHOLDER_LINK)).toString();
        List<String> fixed = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        StringBuilder between = new StringBuilder();
        int start = 0;
        while (start < rendered.length()) {
            int end = rendered.indexOf(LINE_END, start);
            end = end < 0 ? rendered.length() : end + LINE_END.length();
            String line = rendered.substring(start, end);
            Gap gap = line.equals(stamp) ? Gap.STAMP : line.equals(description) ? Gap.DESCRIPTION
                    : line.equals(url) ? Gap.URL : null;
            if (gap == null) {
                between.append(line);
            } else {
                fixed.add(between.toString());
                gaps.add(gap);
                between.setLength(0);
            }
            start = end;
        }
        fixed.add(between.toString());
        boolean expected = count(gaps, Gap.STAMP) == events && count(gaps, Gap.DESCRIPTION) == 1
                && count(gaps, Gap.URL) == 1;
        return expected ? Optional.of(new CalendarTemplate(fixed, gaps)) : Optional.empty();
    }

    /** The calendar for one partner; an invalid link fails as it does when ical4j writes the whole calendar. */
    String fill(String link, Instant now) {
        String stamp = new DtStamp(now).toString();
        String description = new Description(link).toString();
        String url = new Url(URI.create(link)).toString();
        StringBuilder calendar = new StringBuilder(fixedLength + gaps.size() * (stamp.length() + description.length()));
        for (int i = 0; i < gaps.size(); i++) {
            calendar.append(fixed.get(i)).append(switch (gaps.get(i)) {
                case STAMP -> stamp;
                case DESCRIPTION -> description;
                case URL -> url;
            });
        }
        return calendar.append(fixed.get(gaps.size())).toString();
    }

    private static long count(List<Gap> gaps, Gap kind) {
        return gaps.stream().filter(kind::equals).count();
    }
}
