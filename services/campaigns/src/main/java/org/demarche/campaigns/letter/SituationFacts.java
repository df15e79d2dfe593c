package org.demarche.campaigns.letter;

import java.util.List;

/**
 * What human rights defenders report about the country of concern, in the letter's language.
 *
 * @param politicalPrisoners how many are held, as the letter should say it, e.g. "over 100"
 * @param groups             who they are, e.g. ["opposition supporters", "journalists"]
 */
public record SituationFacts(String politicalPrisoners, List<String> groups) {

    public SituationFacts {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
