package org.demarche.campaigns.letter;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Composes a letter from a campaign's facts, in the wording of the templates under
 * {@code letter/<language>/} on the class path.
 *
 * <p>The letter is written in the addressee's language when a template folder exists for it, and in
 * English otherwise. All templates are loaded and checked when the composer is built, so a template
 * with an unknown placeholder stops the service at start-up with the file and line at fault.
 *
 * <p>Body paragraphs, in order: situation in the country of concern; the lead case, followed by
 * one sentence per ruling; earlier exchanges with the addressee; the ask; the count of the
 * supervising body's decisions and interim resolutions; an Article 46(4) infringement referral; the
 * meeting. A paragraph whose facts are missing is left out.
 */
@Component
public class LetterComposer {

    static final String DEFAULT_LANGUAGE = "en";
    private static final String TEMPLATE_ROOT = "letter";

    private final Map<String, LetterWording> wordings;

    public LetterComposer() {
        this(TEMPLATE_ROOT);
    }

    /** Uses the templates under {@code templateRoot} (a class-path folder) instead of {@code letter}. */
    LetterComposer(String templateRoot) {
        ClassLoader loader = LetterComposer.class.getClassLoader();
        Map<String, LetterWording> found = new HashMap<>();
        for (String language : Locale.getISOLanguages()) {
            String folder = templateRoot + "/" + language;
            boolean present = loader.getResource(folder + "/" + LetterWording.PROPERTIES) != null;
            if (present || language.equals(DEFAULT_LANGUAGE)) {
                found.put(language, LetterWording.load(loader, folder, language));
            }
        }
        this.wordings = Map.copyOf(found);
    }

    public Letter compose(LetterFacts facts) {
        LetterWording wording = wordingFor(facts.addressee().language());
        Map<String, String> letterWide = letterWide(facts, wording);
        return new Letter(
                wording.fill(LetterPart.TITLE, letterWide).orElse(null),
                facts.addressee().addressLines(),
                wording.fill(LetterPart.PLACE_AND_DATE, letterWide).orElse(null),
                facts.addressee().salutation(),
                paragraphs(facts, wording, letterWide),
                wording.fill(LetterPart.CLOSING, letterWide).orElse(null),
                facts.signatories(),
                facts.draft(),
                wording.language());
    }

    private LetterWording wordingFor(String language) {
        String wanted = language == null ? DEFAULT_LANGUAGE : language.strip().toLowerCase(Locale.ROOT);
        return wordings.getOrDefault(wanted, wordings.get(DEFAULT_LANGUAGE));
    }

    private static List<String> paragraphs(LetterFacts facts, LetterWording wording, Map<String, String> letterWide) {
        List<String> paragraphs = new ArrayList<>();
        wording.fill(LetterPart.SITUATION, letterWide).ifPresent(paragraphs::add);
        leadCase(facts, wording, letterWide).ifPresent(paragraphs::add);
        earlierExchanges(facts, wording, letterWide).ifPresent(paragraphs::add);
        wording.fill(LetterPart.ASK, letterWide).ifPresent(paragraphs::add);
        legalContext(facts, wording, letterWide).ifPresent(paragraphs::add);
        infringement(facts, wording, letterWide).ifPresent(paragraphs::add);
        wording.fill(LetterPart.MEETING, letterWide).ifPresent(paragraphs::add);
        return paragraphs;
    }

    /** The lead case, then one sentence per ruling; the rulings stand alone if there is no case. */
    private static Optional<String> leadCase(LetterFacts facts, LetterWording wording, Map<String, String> letterWide) {
        List<String> sentences = new ArrayList<>();
        if (!facts.cases().isEmpty()) {
            CaseFacts lead = facts.cases().get(0);
            wording.fill(LetterPart.LEAD_CASE, with(letterWide,
                    "person", lead.person(),
                    "description", sentence(lead.description())))
                    .ifPresent(sentences::add);
        }
        for (RulingFacts ruling : facts.rulings()) {
            wording.fill(LetterPart.RULING, with(letterWide,
                    "court", ruling.court(),
                    "caseName", ruling.caseName(),
                    "applicationNo", ruling.applicationNo(),
                    "judgmentDate", wording.date(ruling.judgmentDate()),
                    "articles", wording.articles(ruling.articlesViolated()),
                    "summary", sentence(ruling.summary()),
                    "url", ruling.url()))
                    .ifPresent(sentences::add);
        }
        return joined(sentences);
    }

    private static Optional<String> earlierExchanges(LetterFacts facts, LetterWording wording,
            Map<String, String> letterWide) {
        List<String> sentences = new ArrayList<>();
        for (ExchangeFacts exchange : facts.earlierExchanges()) {
            wording.fill(LetterPart.EARLIER_EXCHANGE, with(letterWide,
                    "month", wording.month(yearMonth(exchange.date())),
                    "summary", sentence(exchange.summary()),
                    "url", exchange.url()))
                    .ifPresent(sentences::add);
        }
        return joined(sentences);
    }

    /** How many decisions and interim resolutions went unheeded, naming the latest. */
    private static Optional<String> legalContext(LetterFacts facts, LetterWording wording,
            Map<String, String> letterWide) {
        List<ResolutionFacts> counted = facts.resolutions().stream()
                .filter(ResolutionFacts::isDecisionOrInterimResolution)
                .toList();
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        ResolutionFacts latest = latest(counted);
        LetterPart part = counted.size() == 1 ? LetterPart.LEGAL_CONTEXT_ONE : LetterPart.LEGAL_CONTEXT;
        return wording.fill(part, with(letterWide,
                "body", latest.body(),
                "count", Integer.toString(counted.size()),
                "latestReference", latest.reference(),
                "latestDate", wording.date(latest.adoptedOn()),
                "caseName", latest.caseName(),
                "applicationNo", latest.applicationNo(),
                "latestSummary", sentence(latest.summary()),
                "latestUrl", latest.url()));
    }

    private static Optional<String> infringement(LetterFacts facts, LetterWording wording,
            Map<String, String> letterWide) {
        List<ResolutionFacts> referrals = facts.resolutions().stream()
                .filter(ResolutionFacts::isInfringementReferral)
                .toList();
        if (referrals.isEmpty()) {
            return Optional.empty();
        }
        ResolutionFacts referral = latest(referrals);
        return wording.fill(LetterPart.INFRINGEMENT, with(letterWide,
                "body", referral.body(),
                "reference", referral.reference(),
                "adoptedOn", wording.date(referral.adoptedOn()),
                "caseName", referral.caseName(),
                "applicationNo", referral.applicationNo(),
                "summary", sentence(referral.summary()),
                "url", referral.url()));
    }

    private static Map<String, String> letterWide(LetterFacts facts, LetterWording wording) {
        Addressee addressee = facts.addressee();
        List<String> persons = facts.cases().stream().map(CaseFacts::person).toList();
        return with(Map.of(),
                "target", styled(addressee.title(), addressee.name()),
                "targetName", addressee.name(),
                "targetTitle", addressee.title(),
                "otherLeader", styled(facts.otherLeaderTitle(), facts.otherLeaderName()),
                "otherLeaderName", facts.otherLeaderName(),
                "otherLeaderTitle", facts.otherLeaderTitle(),
                "country", wording.countryName(facts.concernCountry()),
                "meetingCity", facts.meetingCity(),
                "meetingDate", wording.date(facts.meetingStart().toLocalDate()),
                "letterDate", wording.date(facts.letterDate()),
                "persons", wording.list(persons),
                "leadPerson", persons.isEmpty() ? null : persons.get(0),
                "cities", facts.leadCities().isEmpty() ? null : String.join(", ", facts.leadCities()));
    }

    /**
     * "President Emmanuel Macron" from "President of the French Republic": the title's leading
     * capitalised words (the office without its "of ..."), then the name.
     */
    static String styled(String title, String name) {
        if (title == null || title.isBlank()) {
            return name;
        }
        StringBuilder office = new StringBuilder();
        for (String word : title.strip().split("\\s+")) {
            if (!Character.isUpperCase(word.codePointAt(0))) {
                break;
            }
            office.append(word).append(' ');
        }
        return office.append(name).toString();
    }

    /** Ends a fact meant to be printed as a sentence with a full stop, unless it already ends one. */
    static String sentence(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        String withoutClosers = stripped.replaceAll("[\"'”’»)\\]]+$", "");
        boolean ended = !withoutClosers.isEmpty()
                && ".!?…".indexOf(withoutClosers.charAt(withoutClosers.length() - 1)) >= 0;
        return ended ? stripped : stripped + ".";
    }

    private static YearMonth yearMonth(String date) {
        if (date == null || date.strip().length() < 7) {
            return null;
        }
        try {
            return YearMonth.parse(date.strip().substring(0, 7));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ResolutionFacts latest(List<ResolutionFacts> resolutions) {
        return resolutions.stream()
                .max(Comparator.comparing(ResolutionFacts::adoptedOn, Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElseThrow();
    }

    private static Optional<String> joined(List<String> sentences) {
        return sentences.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", sentences));
    }

    /** {@code base} plus the given name–value pairs; values may be null (a missing fact). */
    private static Map<String, String> with(Map<String, String> base, String... namesAndValues) {
        Map<String, String> values = new HashMap<>(base);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(Objects.requireNonNull(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return values;
    }
}
