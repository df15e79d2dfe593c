package org.demarche.campaigns.letter;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Composes a letter from a campaign's facts, in the wording of the templates under
 * {@code letter/<language>/} on the class path, with a coordinator's rewording of some parts.
 *
 * <p>The letter is written in the language asked for when a template folder exists for it, and in
 * English otherwise. All templates are loaded and checked when the composer is built, so a template
 * with an unknown placeholder stops the service at start-up with the file and line at fault.
 *
 * <p>Body paragraphs, in order: situation in the country of concern; the lead case, followed by
 * one sentence per ruling; earlier exchanges with the addressee; the ask; the count of the
 * supervising body's decisions and interim resolutions; an Article 46(4) infringement referral and
 * the Court's judgment on it; the meeting. A paragraph whose facts are missing is left out.
 */
@Component
public class LetterComposer {

    static final String DEFAULT_LANGUAGE = "en";
    static final String TEMPLATE_ROOT = "letter";
    static final String CITIES = "letter/names/cities.txt";
    static final String COURTS = "letter/names/courts.txt";
    static final String STATES = "letter/names/states.txt";

    private final Map<String, LetterWording> wordings;

    LetterComposer() {
        this(TEMPLATE_ROOT);
    }

    /** Uses the templates under {@code templateRoot} (a class-path folder) instead of {@code letter}. */
    LetterComposer(String templateRoot) {
        ClassLoader loader = LetterComposer.class.getClassLoader();
        // the names are the same whatever the templates: a test's templates use the shipped tables
        NameTable cities = NameTable.load(loader, CITIES);
        NameTable courts = NameTable.load(loader, COURTS);
        NameTable states = NameTable.load(loader, STATES);
        Map<String, LetterWording> found = new HashMap<>();
        SortedSet<String> languages = templateLanguages(loader, templateRoot);
        languages.add(DEFAULT_LANGUAGE);
        for (String language : languages) {
            found.put(language, LetterWording.load(loader, templateRoot + "/" + language, language, cities, courts,
                    states));
        }
        this.wordings = Map.copyOf(found);
    }

    /** The languages with a template folder under {@code templateRoot} on the class path. */
    static SortedSet<String> templateLanguages(ClassLoader loader, String templateRoot) {
        SortedSet<String> languages = new TreeSet<>();
        for (String language : Locale.getISOLanguages()) {
            if (loader.getResource(templateRoot + "/" + language + "/" + LetterWording.PROPERTIES) != null) {
                languages.add(language);
            }
        }
        return languages;
    }

    /** The languages there are templates for, e.g. [en, fr]. */
    public SortedSet<String> languages() {
        return new TreeSet<>(wordings.keySet());
    }

    /** Whether there is a template for the language of this BCP 47 tag ("fr", "fr-BE"). */
    public boolean writesIn(String languageTag) {
        String language = primaryLanguage(languageTag);
        return language != null && wordings.containsKey(language);
    }

    /** The language a letter asked for in {@code languageTag} is written in: that one if there is a template, else English. */
    public String languageFor(String languageTag) {
        return writesIn(languageTag) ? primaryLanguage(languageTag) : DEFAULT_LANGUAGE;
    }

    public Letter compose(LetterFacts facts) {
        return compose(facts, PartEdits.none());
    }

    /** The letter, with the parts the coordinator rewrote printed as they wrote them. */
    public Letter compose(LetterFacts facts, PartEdits edits) {
        String requested = facts.language() != null ? facts.language() : facts.addressee().language();
        LetterWording wording = wordings.get(languageFor(requested));
        Map<String, String> letterWide = letterWide(facts, wording);
        return new Letter(
                edited(edits, EditablePart.TITLE, () -> wording.fill(LetterPart.TITLE, letterWide)),
                facts.addressee().addressLines(),
                wording.fill(LetterPart.PLACE_AND_DATE, letterWide).orElse(null),
                facts.addressee().salutation(),
                body(facts, wording, letterWide, edits),
                edited(edits, EditablePart.CLOSING, () -> wording.fill(LetterPart.CLOSING, letterWide)),
                facts.signatories(),
                facts.draft(),
                wording.language(),
                null);
    }

    /**
     * The line that counts those who signed without being named (organisations at risk), in the
     * letter's language; empty if there are none.
     */
    public Optional<String> unnamedSignatories(String language, int count) {
        if (count <= 0) {
            return Optional.empty();
        }
        LetterWording wording = wordings.get(languageFor(language));
        return wording.fill(LetterPart.UNNAMED_SIGNATORIES, Map.of("count", wording.number(count)));
    }

    /** "fr" of "fr-BE" or "fr_BE"; null for no tag or one that is not a language tag. */
    private static String primaryLanguage(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return null;
        }
        String language = Locale.forLanguageTag(languageTag.strip().replace('_', '-')).getLanguage();
        return language.isEmpty() ? null : language;
    }

    private static String edited(PartEdits edits, EditablePart part, Supplier<Optional<String>> template) {
        Optional<String> edit = edits.of(part);
        if (edit.isPresent()) {
            List<String> paragraphs = PartEdits.paragraphs(edit.get());
            return paragraphs.isEmpty() ? null : String.join(" ", paragraphs);
        }
        return template.get().orElse(null);
    }

    private static List<BodyParagraph> body(LetterFacts facts, LetterWording wording, Map<String, String> letterWide,
            PartEdits edits) {
        List<BodyParagraph> body = new ArrayList<>();
        for (EditablePart part : EditablePart.bodyParts()) {
            Optional<String> edit = edits.of(part);
            if (edit.isPresent()) {
                PartEdits.paragraphs(edit.get()).forEach(text -> body.add(new BodyParagraph(part, text)));
            } else {
                templateParagraph(part, facts, wording, letterWide).ifPresent(text -> body.add(new BodyParagraph(part, text)));
            }
        }
        return body;
    }

    private static Optional<String> templateParagraph(EditablePart part, LetterFacts facts, LetterWording wording,
            Map<String, String> letterWide) {
        switch (part) {
            case SITUATION:
                return situation(facts, wording, letterWide);
            case LEAD_CASE:
                return leadCase(facts, wording, letterWide);
            case EARLIER_EXCHANGE:
                return earlierExchanges(facts, wording, letterWide);
            case ASK:
                return wording.fill(LetterPart.ASK, letterWide);
            case LEGAL_CONTEXT:
                return legalContext(facts, wording, letterWide);
            case INFRINGEMENT:
                return infringement(facts, wording, letterWide);
            case MEETING:
                return wording.fill(LetterPart.MEETING, letterWide);
            default:
                throw new IllegalArgumentException(part + " is not a body part");
        }
    }

    private static Optional<String> situation(LetterFacts facts, LetterWording wording, Map<String, String> letterWide) {
        SituationFacts situation = facts.situation();
        return wording.fill(LetterPart.SITUATION, with(letterWide,
                "politicalPrisoners", situation == null ? null : situation.politicalPrisoners(),
                // the template adds its own "and others": a plain comma-separated list reads right before it
                "groups", situation == null || situation.groups().isEmpty() ? null : String.join(", ", situation.groups())));
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
        for (RulingFacts ruling : facts.rulings().stream().filter(r -> !r.isInfringementJudgment()).toList()) {
            wording.fill(LetterPart.RULING, with(letterWide,
                    "court", wording.court(ruling.court()),
                    "caseName", wording.caseTitle(ruling.caseName()),
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
                "count", wording.number(counted.size()),
                "latestReference", latest.reference(),
                "latestDate", wording.date(latest.adoptedOn()),
                "caseName", wording.caseTitle(latest.caseName()),
                "applicationNo", latest.applicationNo(),
                "latestSummary", sentence(latest.summary()),
                "latestUrl", latest.url()));
    }

    /**
     * The referral under Article 46(4), the latest if several, then the Court's judgments on such
     * referrals; either may stand alone.
     */
    private static Optional<String> infringement(LetterFacts facts, LetterWording wording,
            Map<String, String> letterWide) {
        List<String> sentences = new ArrayList<>();
        List<ResolutionFacts> referrals = facts.resolutions().stream()
                .filter(ResolutionFacts::isInfringementReferral)
                .toList();
        if (!referrals.isEmpty()) {
            ResolutionFacts referral = latest(referrals);
            wording.fill(LetterPart.INFRINGEMENT, with(letterWide,
                    "body", referral.body(),
                    "reference", referral.reference(),
                    "adoptedOn", wording.date(referral.adoptedOn()),
                    "caseName", wording.caseTitle(referral.caseName()),
                    "applicationNo", referral.applicationNo(),
                    "summary", sentence(referral.summary()),
                    "url", referral.url()))
                    .ifPresent(sentences::add);
        }
        for (RulingFacts judgment : facts.rulings().stream().filter(RulingFacts::isInfringementJudgment).toList()) {
            wording.fill(LetterPart.INFRINGEMENT_JUDGMENT, with(letterWide,
                    "court", wording.court(judgment.court()),
                    "caseName", wording.caseTitle(judgment.caseName()),
                    "applicationNo", judgment.applicationNo(),
                    "judgmentDate", wording.date(judgment.judgmentDate()),
                    "summary", sentence(judgment.summary()),
                    "url", judgment.url()))
                    .ifPresent(sentences::add);
        }
        return joined(sentences);
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
                "inCountry", wording.inCountry(facts.concernCountry()),
                "meetingCity", wording.city(facts.meetingCity()),
                "meetingDate", wording.date(facts.meetingStart().toLocalDate()),
                "letterDate", wording.date(facts.letterDate()),
                "persons", wording.list(persons),
                "leadPerson", persons.isEmpty() ? null : persons.get(0),
                "cities", cities(facts.leadCities(), wording));
    }

    /**
     * "Bakou, Bruxelles": the lead partners' cities in registry order, as the letter's language
     * names them, each once (two partners may have entered one city under two of its names).
     */
    private static String cities(List<String> leadCities, LetterWording wording) {
        Set<String> named = new LinkedHashSet<>();
        for (String city : leadCities) {
            if (city != null && !city.isBlank()) {
                named.add(wording.city(city));
            }
        }
        return named.isEmpty() ? null : String.join(", ", named);
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
