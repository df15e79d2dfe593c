package org.demarche.outreach.finalletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.demarche.events.outreach.FinalLetterDistribution;
import org.demarche.events.outreach.FinalLetterDistribution.Recipient;
import org.demarche.outreach.Wording;
import org.demarche.outreach.delivery.MailContent;
import org.junit.jupiter.api.Test;

class FinalLetterMailTest {

    private static final FinalLetterMail MAIL = new FinalLetterMail(Wording.asConfigured());

    private static final Recipient SIGNATORY = new Recipient("Rasul Jafarov", "rasul@hrc.example.org", "en", "signatory");
    private static final Recipient TARGET = new Recipient("Emmanuel Macron", "president@elysee.example.fr", "fr", "target");

    @Test
    void thanksASignatoryAndSaysTheLetterIsAttached() {
        MailContent mail = MAIL.compose(distribution("Open letter on political prisoners"), SIGNATORY, null);

        assertThat(mail.subject()).isEqualTo("Published: Open letter on political prisoners");
        assertThat(mail.text()).contains("Dear Rasul Jafarov").contains("Thank you for co-signing").contains("PDF");
        assertThat(mail.html()).contains("Dear Rasul Jafarov").contains("lang=\"en\"");
    }

    @Test
    void addressesTheTargetFormally() {
        MailContent mail = MAIL.compose(distribution("Open letter on political prisoners"), TARGET, null);

        assertThat(mail.subject()).isEqualTo("Open letter on political prisoners");
        // in the target's language (French here), as a covering note, not a thank-you
        assertThat(mail.text()).contains("Bonjour Emmanuel Macron").contains("Veuillez trouver ci-joint")
                .doesNotContain("Merci");
        assertThat(mail.html()).contains("lang=\"fr\"");
    }

    @Test
    void escapesTheTitleAndNamesInTheHtmlPart() {
        var risky = new Recipient("<img src=x onerror=alert(1)>", "x@example.org", "en", "signatory");

        MailContent mail = MAIL.compose(distribution("Rights & <script>alert(1)</script>"), risky, null);

        assertThat(mail.html()).doesNotContain("<script>").doesNotContain("<img")
                .contains("Rights &amp; &lt;script&gt;").contains("&lt;img src=x");
    }

    @Test
    void namesTheAttachmentAfterTheCampaignWithoutCharactersFileSystemsRefuse() {
        assertThat(FinalLetterMail.attachmentName("Macron – Aliyev, Paris")).isEqualTo("Macron – Aliyev, Paris.pdf");
        assertThat(FinalLetterMail.attachmentName("A/B: \"C\"?\n<D>")).isEqualTo("A B C D.pdf");
        assertThat(FinalLetterMail.attachmentName("../../etc/passwd")).isEqualTo("etc passwd.pdf");
        assertThat(FinalLetterMail.attachmentName("???")).isEqualTo("letter.pdf");
        assertThat(FinalLetterMail.attachmentName("x".repeat(300))).hasSize(124);
    }

    private static FinalLetterDistribution distribution(String title) {
        return new FinalLetterDistribution(UUID.randomUUID(), title, 2, List.of(SIGNATORY, TARGET),
                "http://localhost:8082/api/campaigns/1/letter?format=pdf");
    }
}
