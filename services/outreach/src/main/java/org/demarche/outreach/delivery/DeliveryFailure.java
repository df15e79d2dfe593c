package org.demarche.outreach.delivery;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Why a message did not go, as the SMTP server said it, and whether trying again can help.
 * RFC 5321: a 4xx reply is transient (mailbox busy, greylisting, server shutting down), a 5xx
 * reply permanent (no such user, rejected content). A connection that cannot be made or breaks
 * is transient too. Anything else (a malformed address) is permanent: no retry changes it.
 *
 * @param reason    the server's answer, e.g. {@code 550 5.1.1 user unknown}, or what went wrong on the way
 * @param permanent whether retrying cannot help
 */
record DeliveryFailure(String reason, boolean permanent) {

    /** A reply code where Jakarta Mail only puts the server's words into its message (a bad greeting). */
    private static final Pattern REPLY_IN_TEXT = Pattern.compile("(?:response|reply)[: ]+([245]\\d\\d)\\b");

    static DeliveryFailure of(Exception failure) {
        int code = replyCode(failure);
        String reason = reason(failure, code);
        if (code >= 500) {
            return new DeliveryFailure(reason, true);
        }
        if (code >= 400 || brokenConnection(failure)) {
            return new DeliveryFailure(reason, false);
        }
        if (failure instanceof AddressException) {
            return new DeliveryFailure(reason, true);
        }
        // a failure that names no reply code and no I/O problem: retry within the bounded attempts
        return new DeliveryFailure(reason, !(failure instanceof MessagingException));
    }

    /** Whether the connection can no longer be trusted for the next message. */
    static boolean brokenConnection(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** The most telling SMTP reply code in the exception chain: a recipient's, else the command's. */
    private static int replyCode(Throwable failure) {
        int found = 0;
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            int code = 0;
            if (cause instanceof SMTPAddressFailedException address) {
                code = address.getReturnCode();
            } else if (cause instanceof SMTPSenderFailedException sender) {
                code = sender.getReturnCode();
            } else if (cause instanceof SMTPSendFailedException send) {
                code = send.getReturnCode();
            } else if (cause.getMessage() != null) {
                Matcher inText = REPLY_IN_TEXT.matcher(cause.getMessage());
                code = inText.find() ? Integer.parseInt(inText.group(1)) : 0;
            }
            // a permanent answer for a recipient outweighs a transient one for the command that followed
            if (code >= 400 && (found == 0 || code >= 500)) {
                found = code;
            }
        }
        return found;
    }

    private static String reason(Throwable failure, int code) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            String message = cause.getMessage();
            if (message != null && code > 0 && message.strip().startsWith(String.valueOf(code))) {
                return message.strip();
            }
        }
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage().strip())) {
                text.append(text.isEmpty() ? "" : ": ").append(cause.getMessage().strip());
            }
        }
        return text.isEmpty() ? failure.getClass().getSimpleName() : text.toString();
    }

    /** Jakarta Mail chains by {@code getNextException}, the JDK by {@code getCause}. */
    private static Throwable next(Throwable failure) {
        if (failure instanceof MessagingException messaging && messaging.getNextException() != null
                && messaging.getNextException() != failure) {
            return messaging.getNextException();
        }
        return failure.getCause() == failure ? null : failure.getCause();
    }
}
