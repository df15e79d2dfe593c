package org.demarche.campaigns.letter;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Everything a letter says, gathered by the caller from the registry and the campaign.
 *
 * <p>Only the addressee, the other leader's name, the meeting start and the letter date are
 * required; any other fact may be absent ({@code null} or an empty list), and the paragraphs that
 * need it are then left out of the letter. Facts in words (a case's description, a summary, the
 * situation) must be given in the letter's language, or not at all: the composer never mixes
 * languages.
 *
 * @param language       the language the letter should be written in (ISO 639-1 or a BCP 47 tag);
 *                       {@code null} for the addressee's. English if there is no template for it
 * @param concernCountry ISO 3166 alpha-2 code of the country whose cases the letter raises
 * @param meetingStart   the meeting's start in the meeting's own zone
 * @param letterDate     the publication date in the meeting's zone (a draft shows the planned one)
 * @param leadCities     the lead partners' cities, in registry order
 * @param situation      what is known of the country's political prisoners; may be null
 * @param cases          the open cases of the country of concern; the first is the lead case
 * @param rulings        the judgments cited, in the order they are cited
 * @param signatories    in letter order
 */
public record LetterFacts(
        String language,
        Addressee addressee,
        String otherLeaderName,
        String otherLeaderTitle,
        String concernCountry,
        String meetingCity,
        ZonedDateTime meetingStart,
        LocalDate letterDate,
        List<String> leadCities,
        SituationFacts situation,
        List<CaseFacts> cases,
        List<RulingFacts> rulings,
        List<ResolutionFacts> resolutions,
        List<ExchangeFacts> earlierExchanges,
        List<SignatoryBlock> signatories,
        boolean draft) {

    public LetterFacts {
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(otherLeaderName, "otherLeaderName");
        Objects.requireNonNull(meetingStart, "meetingStart");
        Objects.requireNonNull(letterDate, "letterDate");
        leadCities = listOf(leadCities);
        cases = listOf(cases);
        rulings = listOf(rulings);
        resolutions = listOf(resolutions);
        earlierExchanges = listOf(earlierExchanges);
        signatories = listOf(signatories);
    }

    private static <T> List<T> listOf(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
