package org.demarche.campaigns.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.demarche.platform.CountryCodes;

/**
 * The wording of letters in one language: the template of each {@link LetterPart} and the
 * conventions of {@code language.properties} (locale, list conjunction, how an article is cited,
 * how "in a country" and the first day of a month are written), with the names of cities and
 * courts as the language writes them ({@link NameTable}).
 */
final class LetterWording {

    static final String PROPERTIES = "language.properties";
    /** Optional: "in <country>" for the countries the general rule gets wrong ("au Maroc", "in the Netherlands"). */
    static final String IN_COUNTRY_EXCEPTIONS = "in-country.properties";
    private static final Set<String> REQUIRED_KEYS = Set.of("locale", "and", "article");
    private static final Set<String> OPTIONAL_KEYS = Set.of("in-country", "first-day", "versus", "case-number", "and-others");
    /** The day number in a formatted date, to be written as first-day when it is 1. */
    private static final String DAY_ONE = "(?<!\\d)1(?!\\d)";

    private final String language;
    private final Locale locale;
    private final String and;
    private final LetterTemplate article;
    private final LetterTemplate inCountry;
    private final Map<String, String> inCountryExceptions;
    private final String firstDay;
    private final Map<LetterPart, LetterTemplate> parts;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter monthFormat;
    private final NameTable cities;
    private final NameTable courts;
    private final NameTable states;
    private final String versus;
    private final LetterTemplate caseNumber;
    private final String andOthers;

    private LetterWording(String language, Map<String, String> properties, Locale locale, LetterTemplate article,
            LetterTemplate inCountry, Map<String, String> inCountryExceptions, Map<LetterPart, LetterTemplate> parts,
            LetterTemplate caseNumber, NameTable cities, NameTable courts, NameTable states) {
        this.language = language;
        this.cities = cities;
        this.courts = courts;
        this.states = states;
        this.versus = properties.get("versus");
        this.caseNumber = caseNumber;
        this.andOthers = properties.get("and-others");
        this.locale = locale;
        this.and = properties.get("and");
        this.article = article;
        this.inCountry = inCountry;
        this.inCountryExceptions = inCountryExceptions;
        this.firstDay = properties.get("first-day");
        this.parts = parts;
        this.dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        // stand-alone month ("LLLL"): the nominative form in languages that inflect month names
        this.monthFormat = DateTimeFormatter.ofPattern("LLLL uuuu", locale);
    }

    /**
     * Loads and checks every template of the folder {@code folder} (a class-path location such as
     * {@code letter/en}).
     *
     * @param cities the names of cities in every language, shared by all wordings
     * @param courts the names of courts and bodies, likewise
     * @param states the respondent states of case titles, likewise
     * @throws LetterTemplateException if a file is missing or malformed
     */
    static LetterWording load(ClassLoader loader, String folder, String language, NameTable cities,
            NameTable courts, NameTable states) {
        String propertiesSource = folder + "/" + PROPERTIES;
        Map<String, String> properties = new HashMap<>();
        Map<String, Integer> propertyLines = new HashMap<>();
        Set<String> known = new TreeSet<>(REQUIRED_KEYS);
        known.addAll(OPTIONAL_KEYS);
        readProperties(propertiesSource, read(loader, propertiesSource), known, properties, propertyLines);
        for (String key : REQUIRED_KEYS) {
            if (!properties.containsKey(key)) {
                throw new LetterTemplateException(propertiesSource, "missing '" + key + " = ...'");
            }
        }
        Locale locale = Locale.forLanguageTag(properties.get("locale"));
        if (locale.getLanguage().isEmpty()) {
            throw new LetterTemplateException(propertiesSource, propertyLines.get("locale"),
                    "'" + properties.get("locale") + "' is not a language tag such as en-GB");
        }
        LetterTemplate article = LetterTemplate.parse(propertiesSource, properties.get("article"),
                propertyLines.get("article"), Set.of("number"));
        LetterTemplate inCountry = properties.containsKey("in-country")
                ? LetterTemplate.parse(propertiesSource, properties.get("in-country"), propertyLines.get("in-country"),
                Set.of("country"))
                : null;
        boolean citesTitles = properties.containsKey("versus");
        for (String key : List.of("case-number", "and-others")) {
            if (citesTitles != properties.containsKey(key)) {
                throw new LetterTemplateException(propertiesSource, "'versus', 'case-number' and 'and-others' go together");
            }
        }
        LetterTemplate caseNumber = citesTitles ? LetterTemplate.parse(propertiesSource, properties.get("case-number"),
                propertyLines.get("case-number"), Set.of("number")) : null;
        Map<LetterPart, LetterTemplate> parts = new EnumMap<>(LetterPart.class);
        for (LetterPart part : LetterPart.values()) {
            String source = folder + "/" + part.fileName();
            parts.put(part, LetterTemplate.parse(source, read(loader, source), 1, part.placeholders()));
        }
        return new LetterWording(language, properties, locale, article, inCountry,
                inCountryExceptions(loader, folder + "/" + IN_COUNTRY_EXCEPTIONS), parts, caseNumber, cities, courts, states);
    }

    String language() {
        return language;
    }

    Locale locale() {
        return locale;
    }

    Optional<String> fill(LetterPart part, Map<String, String> values) {
        return parts.get(part).fill(values);
    }

    /** "18 July 2018", "1er juillet 2018": the locale's long date, with first-day for the first of a month. */
    String date(LocalDate date) {
        if (date == null) {
            return null;
        }
        String formatted = dateFormat.format(date);
        return date.getDayOfMonth() == 1 && firstDay != null ? formatted.replaceFirst(DAY_ONE, firstDay) : formatted;
    }

    /** "1,250", "1 250": a count as the locale groups digits. */
    String number(long count) {
        // NumberFormat is not thread-safe: one per call, as letters are composed concurrently
        return NumberFormat.getIntegerInstance(locale).format(count);
    }

    /** "Bakou" for "Baku" in French: the city's name in this language, or as given if the table does not know it. */
    String city(String name) {
        return cities.in(language, name);
    }

    /** "CEDH" for "ECtHR" in French, or the name as given. */
    String court(String name) {
        return courts.in(language, name);
    }

    /**
     * "Ilgar Mammadov c. Azerbaïdjan (n° 2)" in French for "Ilgar Mammadov v. Azerbaijan (no. 2)": a title
     * written the other language's way is cited this language's way when every respondent state is in
     * names/states.txt; any other title (already this way, another form, an unknown state) as given.
     */
    String caseTitle(String title) {
        if (versus == null) {
            return title;
        }
        return CaseTitle.parse(title).filter(parsed -> !parsed.versus().equals(versus))
                .flatMap(parsed -> parsed.respondentsIn(states, language).map(respondents -> {
                    String named = parsed.applicantNames().map(this::list).orElse(parsed.applicants());
                    String applicants = parsed.others() ? named + " " + andOthers : named;
                    String cited = applicants + " " + versus + " " + list(respondents);
                    return parsed.number() == null ? cited
                            : cited + caseNumber.fill(Map.of("number", parsed.number())).map(n -> " (" + n + ")").orElse("");
                }))
                .orElse(title);
    }

    String month(YearMonth month) {
        return month == null ? null : monthFormat.format(month);
    }

    /** "A", "A and B", "A, B and C". */
    String list(List<String> items) {
        if (items.isEmpty()) {
            return null;
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        String allButLast = String.join(", ", items.subList(0, items.size() - 1));
        return allButLast + " " + and + " " + items.get(items.size() - 1);
    }

    /** "Article 5 and Article 18", as {@code article} in language.properties cites one. */
    String articles(List<String> numbers) {
        List<String> cited = new ArrayList<>();
        for (String number : numbers) {
            article.fill(Map.of("number", number)).ifPresent(cited::add);
        }
        return list(cited);
    }

    /** The country's name in this language, or the code itself if Java does not know it. */
    String countryName(String alpha2) {
        if (alpha2 == null || alpha2.isBlank()) {
            return null;
        }
        String name = new Locale("", alpha2.strip().toUpperCase(Locale.ROOT)).getDisplayCountry(locale);
        return name.isBlank() ? alpha2 : name;
    }

    /** "in Azerbaijan", "en Azerbaïdjan", "au Maroc": the exception if there is one, else the rule. */
    String inCountry(String alpha2) {
        if (alpha2 == null || alpha2.isBlank()) {
            return null;
        }
        String exception = inCountryExceptions.get(alpha2.strip().toUpperCase(Locale.ROOT));
        if (exception != null) {
            return exception;
        }
        return inCountry == null ? null : inCountry.fill(Map.of("country", countryName(alpha2))).orElse(null);
    }

    static String read(ClassLoader loader, String source) {
        return readIfPresent(loader, source)
                .orElseThrow(() -> new LetterTemplateException(source, "not found on the class path"));
    }

    private static Optional<String> readIfPresent(ClassLoader loader, String source) {
        try (InputStream in = loader.getResourceAsStream(source)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r", ""));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source, e);
        }
    }

    private static Map<String, String> inCountryExceptions(ClassLoader loader, String source) {
        Map<String, String> exceptions = new HashMap<>();
        readIfPresent(loader, source).ifPresent(text -> {
            Map<String, Integer> lines = new HashMap<>();
            readProperties(source, text, null, exceptions, lines);
            lines.forEach((code, line) -> {
                if (!CountryCodes.isAlpha2(code)) {
                    throw new LetterTemplateException(source, line,
                            "'" + code + "' is not an ISO 3166-1 alpha-2 country code in capitals, such as MA");
                }
            });
        });
        return Map.copyOf(exceptions);
    }

    /** Reads {@code key = value} lines; with {@code known} given, any other key is an error. */
    private static void readProperties(String source, String text, Set<String> known, Map<String, String> into,
            Map<String, Integer> lines) {
        String[] rows = text.split("\n", -1);
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            int equals = row.indexOf('=');
            if (equals < 0) {
                throw new LetterTemplateException(source, i + 1, "expected 'key = value'");
            }
            String key = row.substring(0, equals).strip();
            if (known != null && !known.contains(key)) {
                throw new LetterTemplateException(source, i + 1, "unknown key '" + key + "'; expected one of "
                        + String.join(", ", known));
            }
            into.put(key, row.substring(equals + 1).strip());
            lines.put(key, i + 1);
        }
    }
}
