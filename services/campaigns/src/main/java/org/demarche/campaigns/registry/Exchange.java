package org.demarche.campaigns.registry;

import java.util.Map;

/**
 * An earlier letter to a target and its reply, recalled in later letters.
 *
 * @param date      a month, {@code 2017-07}
 * @param summary   in English
 * @param summaries the summary in other languages, by language code
 */
public record Exchange(String id, String target, String date, String kind, String summary, String url,
                       Map<String, String> summaries) {

    public Exchange {
        summaries = summaries == null ? Map.of() : Map.copyOf(summaries);
    }

    /** The summary in a letter's language, if the registry has it in that language. */
    public String summaryIn(String language) {
        return Translations.in(language, summary, summaries);
    }
}
