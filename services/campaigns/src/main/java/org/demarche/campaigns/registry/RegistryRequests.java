package org.demarche.campaigns.registry;

import java.net.URI;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.demarche.platform.CountryCodes;
import org.demarche.platform.web.FieldProblem;
import org.demarche.platform.web.InvalidInputException;

/** The bodies of the registry's PUT calls (and of the console's registry forms), checked field by field. */
final class RegistryRequests {


    private RegistryRequests() {
    }

    public record TargetRequest(String name, String title, String country, String language, String salutation,
                         List<String> addressLines, String email, String letterLanguage,
                         Map<String, String> salutations) {

        /** @param letterLanguages the languages there are letter templates for */
        public Target validate(String id, Set<String> letterLanguages) {
            var check = new Check();
            check.id(id);
            check.required("name", name);
            check.required("title", title);
            check.country("country", country);
            check.language("language", language);
            check.required("salutation", salutation);
            check.lines("addressLines", addressLines);
            check.email("email", email);
            check.translations("salutations", salutations);
            if (letterLanguage != null && !letterLanguage.isBlank()) {
                String written = Locale.forLanguageTag(letterLanguage.strip()).getLanguage();
                if (!letterLanguages.contains(written)) {
                    check.problem("letterLanguage", "there are no letter templates in '" + letterLanguage
                            + "'; there are in " + String.join(", ", new java.util.TreeSet<>(letterLanguages)));
                }
            }
            check.done();
            return new Target(id, name.strip(), title.strip(), upper(country), language.strip(), salutation.strip(),
                    addressLines.stream().map(String::strip).toList(), email.strip(),
                    letterLanguage == null || letterLanguage.isBlank() ? null
                            : Locale.forLanguageTag(letterLanguage.strip()).getLanguage(), stripped(salutations));
        }
    }

    public record PartnerRequest(String organisation, String country, String city, String contactName, String contactTitle,
                          String email, String language, String timeZone, Boolean lead, List<String> concerns) {

        public Partner validate(String id) {
            var check = new Check();
            check.id(id);
            check.required("organisation", organisation);
            check.country("country", country);
            check.required("city", city);
            check.required("contactName", contactName);
            check.email("email", email);
            check.language("language", language);
            check.zone("timeZone", timeZone);
            List<String> countries = concerns == null ? List.of() : concerns;
            for (int i = 0; i < countries.size(); i++) {
                check.country("concerns[" + i + "]", countries.get(i));
            }
            check.done();
            return new Partner(id, organisation.strip(), upper(country), city.strip(), contactName.strip(),
                    contactTitle == null ? "" : contactTitle.strip(), email.strip(), language.strip(), timeZone.strip(),
                    Boolean.TRUE.equals(lead), countries.stream().map(RegistryRequests::upper).distinct().toList());
        }
    }

    record CaseRequest(String country, String person, String description, String status,
                       List<String> applicationNos, Map<String, String> descriptions) {

        RegisteredCase validate(String id) {
            var check = new Check();
            check.id(id);
            check.country("country", country);
            check.required("person", person);
            check.required("description", description);
            if (status != null && !status.equals("open") && !status.equals("closed")) {
                check.problem("status", "must be 'open' or 'closed', was '" + status + "'");
            }
            List<String> numbers = applicationNos == null ? List.of() : applicationNos;
            for (int i = 0; i < numbers.size(); i++) {
                check.listItem("applicationNos[" + i + "]", numbers.get(i), 100);
            }
            check.translations("descriptions", descriptions);
            check.done();
            return new RegisteredCase(id, upper(country), person.strip(), description.strip(),
                    status == null ? "open" : status, numbers.stream().map(String::strip).distinct().toList(),
                    stripped(descriptions));
        }
    }

    record ExchangeRequest(String target, String date, String kind, String summary, String url,
                           Map<String, String> summaries) {

        Exchange validate(String id) {
            var check = new Check();
            check.id(id);
            check.required("target", target);
            check.month("date", date);
            check.required("kind", kind);
            check.required("summary", summary);
            check.url("url", url);
            check.translations("summaries", summaries);
            check.done();
            return new Exchange(id, target.strip(), date.strip(), kind.strip(), summary.strip(),
                    url == null || url.isBlank() ? null : url.strip(), stripped(summaries));
        }
    }

    record SituationRequest(String country, String language, String politicalPrisoners, List<String> groups) {

        Situation validate(String id) {
            var check = new Check();
            check.id(id);
            check.country("country", country);
            check.language("language", language);
            List<String> named = groups == null ? List.of() : groups;
            for (int i = 0; i < named.size(); i++) {
                check.listItem("groups[" + i + "]", named.get(i), 200);
            }
            boolean counted = politicalPrisoners != null && !politicalPrisoners.isBlank();
            if (!counted && named.isEmpty()) {
                check.problem("politicalPrisoners", "is required unless groups are given");
            }
            if (counted && politicalPrisoners.strip().length() > 200) {
                check.problem("politicalPrisoners", "must be at most 200 characters");
            }
            check.done();
            return new Situation(id, upper(country), Locale.forLanguageTag(language.strip()).getLanguage(),
                    counted ? politicalPrisoners.strip() : null, named.stream().map(String::strip).toList());
        }
    }

    private static Map<String, String> stripped(Map<String, String> byLanguage) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        if (byLanguage != null) {
            byLanguage.forEach((language, text) -> texts.put(Locale.forLanguageTag(language.strip()).getLanguage(),
                    text.strip()));
        }
        return texts;
    }

    private static String upper(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    /** Collects every problem of a request before refusing it. */
    private static final class Check {

        private final List<FieldProblem> problems = new ArrayList<>();

        void problem(String field, String message) {
            problems.add(new FieldProblem(field, message));
        }

        void id(String id) {
            if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
                problem("id", "must be 1 to 100 letters, digits, '.', '_' or '-', was '" + id + "'");
            }
        }

        boolean required(String field, String value) {
            if (value == null || value.isBlank()) {
                problem(field, "is required");
                return false;
            }
            return true;
        }

        void country(String field, String value) {
            if (required(field, value) && !CountryCodes.isAlpha2(upper(value))) {
                problem(field, "'" + value + "' is not an ISO 3166-1 alpha-2 country code such as FR or AZ");
            }
        }

        void language(String field, String value) {
            if (!required(field, value)) {
                return;
            }
            try {
                new Locale.Builder().setLanguageTag(value.strip());
            } catch (IllformedLocaleException e) {
                problem(field, "'" + value + "' is not a BCP 47 language tag such as en or fr");
            }
        }

        void zone(String field, String value) {
            if (!required(field, value)) {
                return;
            }
            try {
                ZoneId.of(value.strip());
            } catch (DateTimeException e) {
                problem(field, "'" + value + "' is not an IANA time zone such as Asia/Baku");
            }
        }

        void email(String field, String value) {
            if (required(field, value) && !value.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                problem(field, "'" + value + "' is not an email address");
            }
        }

        void lines(String field, List<String> value) {
            if (value == null || value.isEmpty() || value.stream().anyMatch(line -> line == null || line.isBlank())) {
                problem(field, "needs at least one line, none of them blank");
            }
        }

        /** An item of a list kept comma-separated: no commas in it. */
        void listItem(String field, String value, int maxLength) {
            if (!required(field, value)) {
                return;
            }
            if (value.contains(",")) {
                problem(field, "must not contain a comma");
            } else if (value.strip().length() > maxLength) {
                problem(field, "must be at most " + maxLength + " characters");
            }
        }

        /** Texts by language code ({"fr": "..."}): valid codes, no blank text. */
        void translations(String field, Map<String, String> byLanguage) {
            if (byLanguage == null) {
                return;
            }
            byLanguage.forEach((language, text) -> {
                String name = field + "." + language;
                if (language == null || !language.strip().matches("[A-Za-z]{2,3}")) {
                    problem(name, "'" + language + "' is not a language code such as fr");
                } else if (text == null || text.isBlank()) {
                    problem(name, "is required");
                }
            });
        }

        void month(String field, String value) {
            if (!required(field, value)) {
                return;
            }
            try {
                YearMonth.parse(value.strip());
            } catch (DateTimeException e) {
                problem(field, "'" + value + "' is not a month such as 2017-07");
            }
        }

        void url(String field, String value) {
            if (value == null || value.isBlank()) {
                return;
            }
            try {
                URI uri = new URI(value.strip());
                if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                    problem(field, "must be an http or https address");
                }
            } catch (java.net.URISyntaxException e) {
                problem(field, "'" + value + "' is not a web address");
            }
        }

        void done() {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
    }
}
