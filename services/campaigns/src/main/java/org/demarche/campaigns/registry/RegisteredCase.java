package org.demarche.campaigns.registry;

import java.util.List;
import java.util.Map;

/**
 * A person whose release or rights the campaign asks for; status {@code open} or {@code closed}.
 *
 * @param description    in English
 * @param applicationNos court application numbers of the person's cases, e.g. ["15172/13"]: rulings
 *                       and resolutions with one of them are cited; others are found by case name
 * @param descriptions   the description in other languages, by language code, e.g. {"fr": "..."}
 */
public record RegisteredCase(String id, String country, String person, String description, String status,
                             List<String> applicationNos, Map<String, String> descriptions) {

    public RegisteredCase {
        applicationNos = applicationNos == null ? List.of() : List.copyOf(applicationNos);
        descriptions = descriptions == null ? Map.of() : Map.copyOf(descriptions);
    }

    public boolean open() {
        return "open".equals(status);
    }

    /** The description in a letter's language, if the registry has it in that language. */
    public String descriptionIn(String language) {
        return Translations.in(language, description, descriptions);
    }
}
