package org.demarche.intake.hudoc;

import java.util.regex.Pattern;

/**
 * Whether a title speaks of Article 46 § 4 of the Convention: the Committee of Ministers referring
 * a state's failure to abide by a judgment to the Court, and the Court's judgment on it. Written
 * "Article 46 § 4", "Article 46(4)", "Article 46, paragraph 4", in French "article 46,
 * paragraphe 4" or "procédure en manquement". A decision's item number "H46-4" is not one of them.
 */
final class InfringementProceedings {

    private static final Pattern ARTICLE_46_4 = Pattern.compile(
            "article\\s+46\\s*(?:\\(4\\)|§\\s*4|,?\\s*paragraphe?\\s*4)|\\b46\\s*§\\s*4|\\b46\\(4\\)|infringement"
                    + "|manquement", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private InfringementProceedings() {
    }

    static boolean named(String text) {
        return text != null && ARTICLE_46_4.matcher(text).find();
    }
}
