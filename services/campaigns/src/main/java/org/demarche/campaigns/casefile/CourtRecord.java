package org.demarche.campaigns.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A ruling or a resolution, as the case file decides which registered case it is about.
 *
 * @param source         the court ("ECtHR") or the body ("Committee of Ministers")
 * @param reference      a resolution's reference ("CM/ResDH(2017)429"); null for a ruling
 * @param applicationNos the application number first, then the others it concerns; may be empty for a
 *                       resolution
 * @param respondent     the respondent state, alpha-2
 * @param otherRespondents further respondent states
 * @param date           of the judgment or of the adoption
 * @param kind           the ruling's or resolution's kind, as the events name it
 */
record CourtRecord(UUID id, Type type, String source, String reference, String caseName, List<String> applicationNos,
                   String respondent, List<String> otherRespondents, LocalDate date, String kind, String url) {

    CourtRecord {
        applicationNos = List.copyOf(applicationNos);
        otherRespondents = List.copyOf(otherRespondents);
    }

    /** The states it is about: the respondent, then the others. */
    List<String> countries() {
        List<String> countries = new ArrayList<>(List.of(respondent));
        otherRespondents.stream().filter(c -> !countries.contains(c)).forEach(countries::add);
        return countries;
    }

    boolean concerns(String country) {
        return countries().contains(country);
    }

    /** In words, for a draft's reason and the coordinators' list: "CASE OF MAMMADOVA v. AZERBAIJAN (14285/17)". */
    String described() {
        String name = caseName != null ? caseName : reference;
        return applicationNos.isEmpty() ? name : name + " (" + String.join(", ", applicationNos) + ")";
    }

    enum Type {
        RULING, RESOLUTION;

        String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Type fromWireName(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }
}
