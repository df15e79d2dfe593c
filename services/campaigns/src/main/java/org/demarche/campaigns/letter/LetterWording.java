package org.demarche.campaigns.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

/**
 * The wording of letters in one language: the template of each {@link LetterPart} and the
 * conventions of {@code language.properties} (locale, list conjunction, how an article is cited).
 */
final class LetterWording {

    static final String PROPERTIES = "language.properties";
    private static final Set<String> PROPERTY_KEYS = Set.of("locale", "and", "article");

    private final String language;
    private final Locale locale;
    private final String and;
    private final LetterTemplate article;
    private final Map<LetterPart, LetterTemplate> parts;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter monthFormat;

    private LetterWording(String language, Locale locale, String and, LetterTemplate article,
            Map<LetterPart, LetterTemplate> parts) {
        this.language = language;
        this.locale = locale;
        this.and = and;
        this.article = article;
        this.parts = parts;
        this.dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        // stand-alone month ("LLLL"): the nominative form in languages that inflect month names
        this.monthFormat = DateTimeFormatter.ofPattern("LLLL uuuu", locale);
    }

    /**
     * Loads and checks every template of the folder {@code folder} (a class-path location such as
     * {@code letter/en}).
     *
     * @throws LetterTemplateException if a file is missing or malformed
     */
    static LetterWording load(ClassLoader loader, String folder, String language) {
        String propertiesSource = folder + "/" + PROPERTIES;
        Map<String, String> properties = new HashMap<>();
        Map<String, Integer> propertyLines = new HashMap<>();
        readProperties(propertiesSource, read(loader, propertiesSource), properties, propertyLines);
        for (String key : PROPERTY_KEYS) {
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
        Map<LetterPart, LetterTemplate> parts = new EnumMap<>(LetterPart.class);
        for (LetterPart part : LetterPart.values()) {
            String source = folder + "/" + part.fileName();
            parts.put(part, LetterTemplate.parse(source, read(loader, source), 1, part.placeholders()));
        }
        return new LetterWording(language, locale, properties.get("and"), article, parts);
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

    String date(LocalDate date) {
        return date == null ? null : dateFormat.format(date);
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

    static String read(ClassLoader loader, String source) {
        try (InputStream in = loader.getResourceAsStream(source)) {
            if (in == null) {
                throw new LetterTemplateException(source, "not found on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r", "");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source, e);
        }
    }

    private static void readProperties(String source, String text, Map<String, String> into,
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
            if (!PROPERTY_KEYS.contains(key)) {
                throw new LetterTemplateException(source, i + 1, "unknown key '" + key + "'; expected one of "
                        + String.join(", ", PROPERTY_KEYS.stream().sorted().toList()));
            }
            into.put(key, row.substring(equals + 1).strip());
            lines.put(key, i + 1);
        }
    }
}
