package org.demarche.outreach.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.demarche.events.outreach.ReminderRequested;
import org.demarche.outreach.Wording;
import org.demarche.outreach.delivery.MailContent;
import org.junit.jupiter.api.Test;

class ReminderMailTest {

    private static final String LINK = "http://localhost:8083/sign/eyJhbGciOiJIUzI1NiJ9.e30.c2ln";
    private static final String OPT_OUT = "http://localhost:8083/opt-out/eyJhbGciOiJIUzI1NiJ9.e30.b3B0";
    private static final ReminderMail MAIL = new ReminderMail(Wording.asConfigured());

    @Test
    void showsTheDeadlineInThePartnersOwnTimeZoneAndNamesIt() {
        MailContent mail = MAIL.compose(reminder("Rasul Jafarov", "Open letter to President Macron"), LINK, OPT_OUT);

        // 09:00 UTC is 13:00 in Baku (UTC+4 in July 2018)
        assertThat(mail.text()).contains("July 17, 2018").contains("1:00").contains("(Asia/Baku)");
        assertThat(mail.html()).contains("July 17, 2018").contains("(Asia/Baku)");
        assertThat(mail.subject()).startsWith("Reminder").contains("Open letter to President Macron");
    }

    @Test
    void carriesThePersonalLinkInBothParts() {
        MailContent mail = MAIL.compose(reminder("Rasul Jafarov", "Open letter"), LINK, OPT_OUT);

        assertThat(mail.text()).contains(LINK);
        assertThat(mail.html()).contains("href=\"" + LINK + "\"");
    }

    @Test
    void escapesWhatCoordinatorsTypedInTheHtmlPart() {
        MailContent mail = MAIL.compose(reminder("<b>Rasul</b>", "Prisoners & <script>alert(1)</script>"), LINK, OPT_OUT);

        assertThat(mail.html()).doesNotContain("<script>").doesNotContain("<b>")
                .contains("&lt;script&gt;").contains("Prisoners &amp;").contains("&lt;b&gt;Rasul");
        assertThat(mail.text()).contains("<b>Rasul</b>");
    }

    private static ReminderRequested reminder(String contact, String title) {
        return new ReminderRequested(UUID.randomUUID(), "hrc-baku", contact, "rasul@hrc.example.org", "en", "Asia/Baku",
                title, Instant.parse("2018-07-17T09:00:00Z"), 1);
    }
}
