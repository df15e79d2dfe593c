package org.demarche.platform.page;

import java.util.List;

/**
 * What the header of every staff page shows ({@code templates/demarche/chrome.html}), as the model
 * attribute {@code chrome}.
 *
 * @param language   the page's language tag, for {@code <html lang>}
 * @param words      the header's own words in that language
 * @param areas      the navigation: the areas this person may use
 * @param languages  the language switch: this very page in each language the pages are written in
 * @param signedInAs who is signed in, or null
 * @param mayChange  whether the person may change things (a coordinator or an administrator): pages
 *                   hide the controls a lead could not use (the platform refuses their changes anyway)
 */
public record PageChrome(String language, Words words, List<Navigation.Link> areas, List<LanguageChoice> languages,
                         String signedInAs, boolean mayChange) {

    /** The header's words: the product's name, the skip link, the landmarks' labels, sign-out. */
    public record Words(String product, String skip, String navLabel, String languagesLabel, String signedInAs,
                        String signOut) {
    }

    /**
     * One language of the switch.
     *
     * @param href    this very page in that language, its other parameters kept
     * @param current whether the page is in it
     */
    public record LanguageChoice(String tag, String name, String href, boolean current) {
    }
}
