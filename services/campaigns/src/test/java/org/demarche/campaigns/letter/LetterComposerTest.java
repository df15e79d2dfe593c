package org.demarche.campaigns.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.demarche.campaigns.letter.ReferenceCase.referenceCase;
import static org.demarche.campaigns.letter.ReferenceCase.referenceFacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LetterComposerTest {

    private final LetterComposer composer = new LetterComposer();

    @Test
    void composesEveryPartOfTheReferenceLetter() {
        Letter letter = composer.compose(referenceFacts());

        assertThat(letter.addressLines()).containsExactly("M. Emmanuel MACRON", "Président de la République française",
                "Palais de l'Elysée", "55 Rue du Faubourg Saint-Honoré", "75008 Paris");
        assertThat(letter.placeAndDate()).isEqualTo("Baku, Brussels, 18 July 2018");
        assertThat(letter.title()).contains("Macron", "Aliyev", "20 July 2018");
        assertThat(letter.salutation()).isEqualTo("Dear President Macron,");
        assertThat(letter.paragraphs()).hasSize(6);
        assertThat(letter.paragraphs().get(0)).as("situation").contains("Azerbaijan", "politically motivated");
        assertThat(letter.paragraphs().get(1)).as("lead case")
                .contains("Ilgar Mammadov", "Republican Alternative Movement (REAL)", "Shaki");
        assertThat(letter.paragraphs().get(2)).as("earlier exchange").contains("July 2017", "Chief of Staff");
        assertThat(letter.paragraphs().get(3)).as("ask")
                .contains("release Ilgar Mammadov immediately and unconditionally", "Azerbaijan");
        assertThat(letter.paragraphs().get(4)).as("Article 46(4) referral")
                .contains("Article 46(4)", "25 October 2017");
        assertThat(letter.paragraphs().get(5)).as("meeting").contains("human rights", "Paris", "20 July 2018");
        assertThat(letter.closing()).isEqualTo("Sincerely,");
        assertThat(letter.signatories()).extracting(SignatoryBlock::name)
                .containsExactly("Rasul Jafarov", "Brigitte Dufour");
        assertThat(letter.draft()).isFalse();
        assertThat(letter.language()).isEqualTo("en");
    }

    @Test
    void citesEachRulingWithCourtCaseApplicationNumberDateAndArticles() {
        String leadCase = composer.compose(referenceFacts()).paragraphs().get(1);

        assertThat(leadCase).contains(
                "22 May 2014", "Ilgar Mammadov v. Azerbaijan (application no. 15172/13)", "ECtHR",
                "Article 5 and Article 18",
                "16 November 2017", "Ilgar Mammadov v. Azerbaijan (no. 2) (application no. 919/15)", "Article 6");
        assertThat(leadCase.indexOf("15172/13")).isLessThan(leadCase.indexOf("919/15"));
    }

    @Test
    void namesEveryoneHeldInTheAsk() {
        Letter letter = composer.compose(referenceCase()
                .cases(ReferenceCase.ILGAR_MAMMADOV, new CaseFacts("Tofig Yagublu", null),
                        new CaseFacts("Afgan Mukhtarli", "Journalist."))
                .build());

        assertThat(letter.paragraphs()).anySatisfy(paragraph -> assertThat(paragraph)
                .contains("release Ilgar Mammadov, Tofig Yagublu and Afgan Mukhtarli immediately and unconditionally"));
    }

    @Test
    void leavesOutTheExchangeParagraphWhenThereWasNoEarlierExchange() {
        Letter letter = composer.compose(referenceCase().exchanges().build());

        assertThat(letter.paragraphs()).hasSize(5).noneMatch(paragraph -> paragraph.contains("July 2017"));
        assertThat(allText(letter)).doesNotContain("null", "{", "}", "[", "]");
    }

    @Test
    void leavesOutTheLegalParagraphsWhenThereAreNoResolutions() {
        Letter letter = composer.compose(referenceCase().resolutions().build());

        assertThat(letter.paragraphs()).hasSize(5)
                .noneMatch(paragraph -> paragraph.contains("Committee of Ministers") || paragraph.contains("46(4)"));
        assertThat(allText(letter)).doesNotContain("null", "{", "[");
    }

    @Test
    void countsDecisionsAndInterimResolutionsAndNamesTheLatest() {
        // references and dates made up for the test
        Letter letter = composer.compose(referenceCase().resolutions(
                        resolution("CM/Del/Dec(2015)1", LocalDate.of(2015, 3, 12), ResolutionFacts.DECISION),
                        resolution("CM/ResDH(2016)2", LocalDate.of(2016, 9, 21), ResolutionFacts.INTERIM_RESOLUTION),
                        resolution("CM/ResDH(2015)3", LocalDate.of(2015, 9, 24), ResolutionFacts.INTERIM_RESOLUTION),
                        ReferenceCase.INFRINGEMENT_REFERRAL)
                .build());

        List<String> paragraphs = letter.paragraphs();
        int legal = indexOfParagraphContaining(paragraphs, "3 decisions and interim resolutions");
        int referral = indexOfParagraphContaining(paragraphs, "Article 46(4)");
        assertThat(legal).isNotNegative();
        assertThat(paragraphs.get(legal)).contains("Committee of Ministers", "CM/ResDH(2016)2", "21 September 2016")
                .doesNotContain("CM/ResDH(2017)379");
        assertThat(referral).isEqualTo(legal + 1);
        assertThat(paragraphs.get(referral)).contains("25 October 2017");
    }

    @Test
    void speaksOfTheOneDecisionWhenThereIsOnlyOne() {
        Letter letter = composer.compose(referenceCase().resolutions(
                        resolution("CM/ResDH(2016)2", LocalDate.of(2016, 9, 21), ResolutionFacts.INTERIM_RESOLUTION))
                .build());

        assertThat(letter.paragraphs()).anySatisfy(paragraph -> assertThat(paragraph)
                .contains("the decision of the Committee of Ministers (CM/ResDH(2016)2) of 21 September 2016"));
        assertThat(allText(letter)).doesNotContain("1 decisions", "46(4)");
    }

    @Test
    void citesTheCourtsJudgmentOnTheReferralInTheInfringementParagraphNotAmongTheRulings() {
        Letter letter = composer.compose(referenceCase().rulings(ReferenceCase.FIRST_JUDGMENT,
                ReferenceCase.SECOND_JUDGMENT, ReferenceCase.INFRINGEMENT_JUDGMENT).build());

        List<String> paragraphs = letter.paragraphs();
        int referral = indexOfParagraphContaining(paragraphs, "Article 46(4)");
        assertThat(paragraphs.get(referral)).contains("25 October 2017")
                .contains("In its judgment of 29 May 2019 in PROCEEDINGS UNDER ARTICLE 46 § 4 IN THE CASE OF ILGAR "
                        + "MAMMADOV v. AZERBAIJAN (application no. 15172/13), the ECtHR found that the authorities had "
                        + "failed to abide by its earlier judgment, in breach of Article 46(1) of the Convention. "
                        + "Azerbaijan failed to abide by the judgment of 22 May 2014.");
        assertThat(paragraphs.get(referral).indexOf("25 October 2017")).isLessThan(
                paragraphs.get(referral).indexOf("29 May 2019"));
        assertThat(paragraphs.get(1)).as("lead case").doesNotContain("29 May 2019").contains("919/15");
    }

    @Test
    void citesAnInfringementJudgmentAloneWhenTheReferralIsNotInTheCaseFile() {
        Letter letter = composer.compose(referenceCase().resolutions()
                .rulings(ReferenceCase.FIRST_JUDGMENT, ReferenceCase.INFRINGEMENT_JUDGMENT).build());

        assertThat(letter.paragraphs()).filteredOn(paragraph -> paragraph.contains("29 May 2019")).singleElement()
                .satisfies(paragraph -> assertThat(paragraph).startsWith("In its judgment of 29 May 2019")
                        .doesNotContain("Committee of Ministers"));
        Letter french = composer.compose(referenceCase().resolutions()
                .rulings(ReferenceCase.FIRST_JUDGMENT, ReferenceCase.INFRINGEMENT_JUDGMENT).inFrench().build());
        assertThat(french.paragraphs()).anySatisfy(paragraph -> assertThat(paragraph)
                .startsWith("Par son arrêt du 29 mai 2019 dans l'affaire PROCEEDINGS UNDER ARTICLE 46 § 4")
                .contains("requête n°\u00a015172/13", "la Cour a constaté", "l'article 46 § 1"));
    }

    @Test
    void linksTheEarlierExchangeWhenItsAddressIsKnown() {
        Letter letter = composer.compose(referenceCase()
                .exchanges(new ExchangeFacts("2017-07", "open-letter", "We asked for his release.",
                        "https://iphronline.example/letter-2017"))
                .build());

        assertThat(letter.paragraphs().get(2)).contains("July 2017 (https://iphronline.example/letter-2017)");
    }

    @Test
    void datesTheLetterWithoutCitiesWhenNoLeadPartnerIsKnown() {
        assertThat(composer.compose(referenceCase().leadCities().build()).placeAndDate()).isEqualTo("18 July 2018");
    }

    @Test
    void leavesOutTheMeetingParagraphWhenTheCityIsUnknown() {
        Letter letter = composer.compose(referenceCase().meetingCity(null).build());

        assertThat(letter.paragraphs()).hasSize(5).noneMatch(paragraph -> paragraph.contains("high on the agenda"));
    }

    @Test
    void writesInTheLanguageAskedForWhenThereIsATemplate() {
        assertThat(composer.compose(referenceFacts()).language()).isEqualTo("en");
        assertThat(composer.compose(referenceCase().inFrench().build()).language()).isEqualTo("fr");
        assertThat(composer.compose(referenceCase().language("fr-BE").build()).closing())
                .isEqualTo("Veuillez agréer l'expression de notre très haute considération.");
    }

    @Test
    void writesInTheAddresseesLanguageWhenNoneIsAskedForAndInEnglishWhenThereIsNoTemplate() {
        Addressee german = new Addressee("Olaf Scholz", "Federal Chancellor", "de", "Dear Chancellor,", List.of("Berlin"));

        assertThat(ReferenceCase.MACRON.language()).isEqualTo("fr");
        assertThat(composer.compose(referenceCase().language(null).build()).language()).isEqualTo("fr");
        assertThat(composer.compose(referenceCase().language(null).addressee(german).build()).language()).isEqualTo("en");
        assertThat(composer.compose(referenceCase().language("de").build()).closing()).isEqualTo("Sincerely,");
        assertThat(composer.languages()).contains("en", "fr");
        assertThat(composer.languageFor("fr-FR")).isEqualTo("fr");
        assertThat(composer.languageFor("tlh")).isEqualTo("en");
        assertThat(composer.writesIn("!!")).isFalse();
        assertThat(composer.writesIn(null)).isFalse();
        assertThat(composer.languageFor("!!")).isEqualTo("en");
    }

    @Test
    void datesLettersTheWayEachLanguageWritesDates() {
        Letter english = composer.compose(referenceCase().letterDate(LocalDate.of(2018, 7, 1)).build());
        Letter french = composer.compose(referenceCase().inFrench().letterDate(LocalDate.of(2018, 7, 1)).build());
        Letter frenchLater = composer.compose(referenceCase().inFrench().build());

        assertThat(english.placeAndDate()).isEqualTo("Baku, Brussels, 1 July 2018");
        assertThat(french.placeAndDate()).isEqualTo("Bakou, Bruxelles, le 1er juillet 2018");
        assertThat(frenchLater.placeAndDate()).isEqualTo("Bakou, Bruxelles, le 18 juillet 2018");
        assertThat(frenchLater.title()).contains("rencontre du 20 juillet 2018");
    }

    @Test
    void saysInWhichCountryTheWayTheLanguageSaysIt() {
        assertThat(ask(referenceCase())).contains("imprisoned in Azerbaijan for");
        assertThat(ask(referenceCase().concernCountry("NL"))).contains("imprisoned in the Netherlands for");
        assertThat(ask(referenceCase().inFrench())).contains("emprisonnées en Azerbaïdjan pour");
        assertThat(ask(referenceCase().inFrench().concernCountry("MA"))).contains("emprisonnées au Maroc pour");
        assertThat(ask(referenceCase().inFrench().concernCountry("US"))).contains("emprisonnées aux États-Unis pour");
    }

    @Test
    void opensWithTheSituationWhenItIsKnownAndWithoutItOtherwise() {
        String known = composer.compose(referenceFacts()).paragraphs().get(0);
        String unknown = composer.compose(referenceCase().situation(null).build()).paragraphs().get(0);

        assertThat(known).contains("over 100 people are held there on politically motivated charges",
                "Among them are opposition supporters, journalists, editors, bloggers, religious activists and others.");
        assertThat(unknown).contains("government critics in Azerbaijan. Their imprisonment")
                .doesNotContain("over 100", "Among them");
    }

    @Test
    void printsACoordinatorsRewordingInsteadOfTheTemplate() {
        PartEdits edits = new PartEdits(java.util.Map.of(
                EditablePart.ASK, "Please raise  Ilgar Mammadov's case\nwith President Aliyev.\n\nAnd everyone else's.",
                EditablePart.EARLIER_EXCHANGE, "",
                EditablePart.TITLE, "Open letter to President Macron"));

        Letter letter = composer.compose(referenceFacts(), edits);

        assertThat(letter.title()).isEqualTo("Open letter to President Macron");
        assertThat(letter.text(EditablePart.ASK)).contains(
                "Please raise Ilgar Mammadov's case with President Aliyev.\n\nAnd everyone else's.");
        assertThat(letter.body()).extracting(BodyParagraph::part).containsExactly(EditablePart.SITUATION,
                EditablePart.LEAD_CASE, EditablePart.ASK, EditablePart.ASK, EditablePart.INFRINGEMENT,
                EditablePart.MEETING);
        assertThat(letter.text(EditablePart.EARLIER_EXCHANGE)).isEmpty();
    }

    @Test
    void leavesOutFactsInWordsThatAreNotInTheLettersLanguage() {
        Letter french = composer.compose(referenceCase().inFrench().build());

        assertThat(String.join("\n", french.paragraphs()))
                .doesNotContain("Right to liberty", "Opposition leader", "Chief of Staff")
                .contains("Mouvement alternatif républicain (REAL)", "chef de cabinet");
    }

    @Test
    void marksADraft() {
        assertThat(composer.compose(referenceCase().draft(true).build()).draft()).isTrue();
    }

    @Test
    void stylesALeaderByOfficeAndName() {
        assertThat(LetterComposer.styled("President of the Republic of Azerbaijan", "Ilham Aliyev"))
                .isEqualTo("President Ilham Aliyev");
        assertThat(LetterComposer.styled("Prime Minister of India", "Narendra Modi"))
                .isEqualTo("Prime Minister Narendra Modi");
        assertThat(LetterComposer.styled(null, "Ilham Aliyev")).isEqualTo("Ilham Aliyev");
    }

    @Test
    void refusesFactsWithoutTheMeeting() {
        assertThatThrownBy(() -> new LetterFacts("en", ReferenceCase.MACRON, "Ilham Aliyev", null, "AZ", "Paris", null,
                ReferenceCase.LETTER_DATE, null, null, null, null, null, null, null, false))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("meetingStart");
    }

    private String ask(ReferenceCase facts) {
        return composer.compose(facts.build()).text(EditablePart.ASK).orElseThrow();
    }

    private static ResolutionFacts resolution(String reference, LocalDate adoptedOn, String kind) {
        return new ResolutionFacts("Committee of Ministers", reference, adoptedOn, kind, "Ilgar Mammadov v. Azerbaijan",
                "15172/13", null, null);
    }

    private static int indexOfParagraphContaining(List<String> paragraphs, String text) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    private static String allText(Letter letter) {
        List<String> parts = new ArrayList<>(letter.addressLines());
        parts.add(letter.title());
        parts.add(letter.placeAndDate());
        parts.add(letter.salutation());
        parts.addAll(letter.paragraphs());
        parts.add(letter.closing());
        return String.join("\n", parts);
    }
}
