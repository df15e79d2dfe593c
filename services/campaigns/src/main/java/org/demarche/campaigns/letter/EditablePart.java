package org.demarche.campaigns.letter;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The parts of a letter a coordinator may reword for one campaign, by the names the API uses.
 * The addressee block, the salutation and the place-and-date line are not among them: they come
 * verbatim from the registry and the campaign's dates. The body parts are in letter order.
 */
public enum EditablePart {
    TITLE("title", false),
    SITUATION("situation", true),
    LEAD_CASE("leadCase", true),
    EARLIER_EXCHANGE("earlierExchange", true),
    ASK("ask", true),
    LEGAL_CONTEXT("legalContext", true),
    INFRINGEMENT("infringement", true),
    MEETING("meeting", true),
    CLOSING("closing", false);

    private final String wireName;
    private final boolean body;

    EditablePart(String wireName, boolean body) {
        this.wireName = wireName;
        this.body = body;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether it is a paragraph between the salutation and the closing. */
    public boolean inBody() {
        return body;
    }

    public static Optional<EditablePart> fromWireName(String name) {
        return Arrays.stream(values()).filter(part -> part.wireName.equals(name)).findFirst();
    }

    /** "title, situation, ..." for messages that list what is allowed. */
    public static String wireNames() {
        return String.join(", ", Arrays.stream(values()).map(EditablePart::wireName).toList());
    }

    static List<EditablePart> bodyParts() {
        return Arrays.stream(values()).filter(EditablePart::inBody).toList();
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
