package org.demarche.campaigns.registry;

import java.util.List;

/**
 * What human rights defenders report about a country's political prisoners, written in one
 * language; letters in that language about that country open with it.
 *
 * @param politicalPrisoners how many, as the letter should say it: "over 100", "plus de 100"
 * @param groups             who they are: ["opposition supporters", "journalists"]
 */
public record Situation(String id, String country, String language, String politicalPrisoners, List<String> groups) {

    public Situation {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
