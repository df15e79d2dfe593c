package org.demarche.e2e;

import org.demarche.testsupport.ReceivedMail;

/**
 * Which of the product's emails a received message is, told as a partner would tell it: the
 * request to co-sign, the reminder and the confirmation of an answer by their subjects, the final
 * letter by its PDF.
 */
final class Emails {

    static final String SIGN_ON_REQUEST = "sign-on-request";
    static final String REMINDER = "reminder";
    static final String FINAL_LETTER = "final-letter";
    static final String CONFIRMATION = "confirmation";
    static final String OTHER = "other";

    private Emails() {
    }

    static String kind(ReceivedMail mail) {
        String subject = mail.subject();
        if (!mail.pdfs().isEmpty()) {
            return FINAL_LETTER;
        }
        if (subject != null && subject.startsWith("Please co-sign")) {
            return SIGN_ON_REQUEST;
        }
        if (subject != null && subject.startsWith("Reminder")) {
            return REMINDER;
        }
        if (subject != null && subject.startsWith("Your answer is recorded")) {
            return CONFIRMATION;
        }
        return OTHER;
    }

    static boolean isA(ReceivedMail mail, String kind) {
        return kind(mail).equals(kind);
    }
}
