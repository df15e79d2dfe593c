package org.demarche.intake.heads;

import java.util.List;

/**
 * A head of state or government, the shape {@code /api/heads} serves.
 *
 * @param id      a stable slug such as {@code fr-macron}
 * @param aliases short forms recognised on their own in place of the surname (e.g. "Lula", "Xi"); none: the
 *                last word of the name is
 * @param active  whether imports recognise this person; retired entries are kept so the shipped list does
 *                not bring them back
 */
public record HeadOfState(String id, String name, String title, String country, List<String> aliases,
                          boolean active) {

    public HeadOfState {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
