package org.demarche.outreach.partnermail;

import java.util.Locale;

import org.demarche.outreach.delivery.MailContent;
import org.demarche.platform.text.ChangeLabels;
import org.demarche.platform.text.TextChanges;
import org.springframework.web.util.HtmlUtils;

/**
 * One email written twice as it is built, as plain text and as HTML, so the two parts always say
 * the same. Links stand on a line of their own in the text part, where every mail client makes
 * them clickable; in the HTML part they are labelled links followed by the address.
 */
public final class MailBody {

    private final Locale locale;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder html = new StringBuilder();

    private MailBody(Locale locale) {
        this.locale = locale;
    }

    public static MailBody in(Locale locale) {
        return new MailBody(locale);
    }

    public MailBody paragraph(String sentence) {
        text.append(sentence).append("\n\n");
        html.append("<p>").append(escape(sentence)).append("</p>\n");
        return this;
    }

    /** A sentence with one phrase in bold in the HTML part, e.g. the deadline. */
    public MailBody paragraph(String before, String emphasised, String after) {
        text.append(before).append(emphasised).append(after).append("\n\n");
        html.append("<p>").append(escape(before)).append("<strong>").append(escape(emphasised)).append("</strong>")
                .append(escape(after)).append("</p>\n");
        return this;
    }

    public MailBody link(String label, String url) {
        text.append(url).append("\n\n");
        html.append("<p><a href=\"").append(escape(url)).append("\">").append(escape(label)).append("</a><br>")
                .append(escape(url)).append("</p>\n");
        return this;
    }

    /** A long text kept as it is written (the draft), under a heading. */
    public MailBody quoted(String heading, String body) {
        text.append("----- ").append(heading).append(" -----\n").append(body).append("\n\n");
        html.append("<hr><h2 style=\"font-size: 1em\">").append(escape(heading)).append("</h2>\n")
                .append("<pre style=\"white-space: pre-wrap; font-family: serif\">").append(escape(body)).append("</pre>\n");
        return this;
    }

    /**
     * What changed in a text, word by word, under a heading: in the text part marked as
     * {@link TextChanges#text()} does, after a legend that says what the marks mean; in the HTML
     * part with {@code <del>} and {@code <ins>} after a legend of its own.
     */
    public MailBody changes(String heading, String textLegend, String htmlLegend, TextChanges changes,
                            ChangeLabels labels) {
        text.append("----- ").append(heading).append(" -----\n").append(textLegend).append("\n\n")
                .append(changes.text()).append("\n\n");
        html.append("<hr><h2 style=\"font-size: 1em\">").append(escape(heading)).append("</h2>\n")
                .append("<p style=\"font-size: smaller; color: #555\">").append(escape(htmlLegend)).append("</p>\n")
                .append("<div style=\"white-space: pre-wrap; font-family: serif\">").append(changes.mailHtml(labels))
                .append("</div>\n");
        return this;
    }

    /** Small print at the end: why the partner got this, how to stop it. */
    public MailBody footer(String sentence, String url) {
        text.append("-- \n").append(sentence).append(url == null ? "" : "\n" + url).append("\n");
        html.append("<hr><p style=\"font-size: smaller; color: #555\">").append(escape(sentence));
        if (url != null) {
            html.append("<br><a href=\"").append(escape(url)).append("\">").append(escape(url)).append("</a>");
        }
        html.append("</p>\n");
        return this;
    }

    public MailContent build(String subject) {
        String page = "<!DOCTYPE html><html lang=\"" + escape(locale.toLanguageTag()) + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(subject)
                + "</title></head><body style=\"font-family: sans-serif; line-height: 1.5; max-width: 40em\">\n"
                + html + "</body></html>\n";
        return new MailContent(subject, text.toString().stripTrailing() + "\n", page);
    }

    private static String escape(String value) {
        return HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
