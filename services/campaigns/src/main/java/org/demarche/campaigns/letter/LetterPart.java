package org.demarche.campaigns.letter;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The template files of a language folder and the placeholders each may use.
 *
 * <p>Every file may use the letter-wide facts of {@link #LETTER_WIDE}; some add facts of their own
 * (a ruling's court, an exchange's month, ...). Files that hold one sentence per item
 * ({@link #RULING}, {@link #EARLIER_EXCHANGE}, {@link #INFRINGEMENT_JUDGMENT}) are repeated and joined into
 * one paragraph.
 */
enum LetterPart {
    TITLE("title.txt"),
    PLACE_AND_DATE("place-and-date.txt", "cities"),
    SITUATION("situation.txt", "politicalPrisoners", "groups"),
    LEAD_CASE("lead-case.txt", "person", "description"),
    RULING("ruling.txt", "court", "caseName", "applicationNo", "judgmentDate", "articles", "summary", "url"),
    EARLIER_EXCHANGE("earlier-exchange.txt", "month", "summary", "url"),
    ASK("ask.txt"),
    LEGAL_CONTEXT("legal-context.txt", "body", "count", "latestReference", "latestDate", "caseName", "applicationNo",
            "latestSummary", "latestUrl"),
    LEGAL_CONTEXT_ONE("legal-context-one.txt", "body", "latestReference", "latestDate", "caseName", "applicationNo",
            "latestSummary", "latestUrl"),
    INFRINGEMENT("infringement.txt", "body", "reference", "adoptedOn", "caseName", "applicationNo", "summary", "url"),
    INFRINGEMENT_JUDGMENT("infringement-judgment.txt", "court", "caseName", "applicationNo", "judgmentDate",
            "summary", "url"),
    MEETING("meeting.txt"),
    CLOSING("closing.txt"),
    UNNAMED_SIGNATORIES("unnamed-signatories.txt", "count");

    /**
     * Facts every file may use: the addressee ({@code target} is short title and name, e.g.
     * "President Emmanuel Macron"), the other leader likewise, the country of concern's name, the
     * meeting, the letter date, the names of all people held ({@code persons}), and "in Azerbaijan" as
     * the language says it ({@code inCountry}).
     */
    static final List<String> LETTER_WIDE = LetterWide.NAMES;

    private final String fileName;
    private final Set<String> placeholders;

    LetterPart(String fileName, String... ownPlaceholders) {
        this.fileName = fileName;
        Set<String> names = new HashSet<>(LetterWide.NAMES);
        names.addAll(List.of(ownPlaceholders));
        this.placeholders = Set.copyOf(names);
    }

    String fileName() {
        return fileName;
    }

    Set<String> placeholders() {
        return placeholders;
    }

    /** Holds the list apart because an enum's constructor cannot read the enum's own statics. */
    private static final class LetterWide {
        static final List<String> NAMES = List.of("target", "targetName", "targetTitle", "otherLeader",
                "otherLeaderName", "otherLeaderTitle", "country", "meetingCity", "meetingDate", "letterDate",
                "persons", "leadPerson", "inCountry");
    }
}
