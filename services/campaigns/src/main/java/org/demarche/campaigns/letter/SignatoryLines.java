package org.demarche.campaigns.letter;

/** How a signatory's organisation reads under the letter, for pages that list the signatories outside it. */
public final class SignatoryLines {

    private SignatoryLines() {
    }

    /** "Human Rights Club (Azerbaijan)", with the country named in the letter's language; null if neither is known. */
    public static String organisation(SignatoryBlock signatory, String language) {
        return LetterText.organisationAndCountry(signatory, language);
    }
}
