package org.demarche.outreach.signon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.demarche.events.outreach.SignOnRequested;
import org.demarche.outreach.Wording;
import org.demarche.outreach.delivery.MailContent;
import org.junit.jupiter.api.Test;

class SignOnRequestMailTest {

    private static final String LINK = "http://localhost:8083/sign/abc123";
    private static final String OPT_OUT = "http://localhost:8083/opt-out/def456";
    private static final SignOnRequestMail MAIL = new SignOnRequestMail(Wording.asConfigured());

    @Test
    void showsTheDeadlineInThePartnersOwnTimeZoneAndNamesIt() {
        MailContent mail = MAIL.compose(SignOnSamples.humanRightsClub(UUID.randomUUID()), LINK, OPT_OUT);

        // 09:00 UTC is 13:00 in Baku (UTC+4 in July 2018)
        assertThat(mail.text()).contains("July 17, 2018").contains("1:00").contains("(Asia/Baku)");
        assertThat(mail.html()).contains("(Asia/Baku)");
    }

    @Test
    void carriesThePersonalLinkInBothParts() {
        MailContent mail = MAIL.compose(SignOnSamples.humanRightsClub(UUID.randomUUID()), LINK, OPT_OUT);

        assertThat(mail.text()).contains(LINK);
        assertThat(mail.html()).contains("href=\"" + LINK + "\"");
    }

    @Test
    void escapesWhatPartnersAndCoordinatorsTypedInTheHtmlPart() {
        var request = SignOnSamples.humanRightsClub(UUID.randomUUID());
        var risky = new org.demarche.events.outreach.SignOnRequested(request.campaignId(), request.partnerId(),
                "<script>alert(1)</script>", request.contactName(), request.email(), request.language(),
                request.timeZone(), request.campaignTitle(), request.draftVersion(), "a < b & c", request.signOnDeadline(),
                request.meetingStartsAt(), request.meetingTimeZone(), request.replyTo());

        MailContent mail = MAIL.compose(risky, LINK, OPT_OUT);

        assertThat(mail.html()).doesNotContain("<script>").contains("&lt;script&gt;").contains("a &lt; b &amp; c");
    }

    @Test
    void showsTheWordsChangedWhenAPartnerIsAskedAgainForALaterDraft() {
        var first = SignOnSamples.humanRightsClub(UUID.randomUUID());
        var again = new SignOnRequested(first.campaignId(), first.partnerId(),
                first.organisation(), first.contactName(), first.email(), "ru", first.timeZone(), first.campaignTitle(),
                2, "Dear President Macron, …", first.signOnDeadline(), first.meetingStartsAt(), first.meetingTimeZone(),
                null, "AZ", "@@ -1 +1 @@\n-Dear President,\n+Dear President Macron,");

        MailContent mail = MAIL.compose(again, LINK, OPT_OUT);

        assertThat(mail.subject()).startsWith("Просим подписать");
        assertThat(mail.text()).contains("""
                ----- Что изменилось с версии, которую вы видели -----
                Удалённые слова показаны между [- и -], добавленные — между {+ и +}; «…» заменяет пропущенный неизменённый текст.

                Dear President {+Macron+},

                ----- Проект -----
                """).contains("17 июля 2018 г., 13:00 (Asia/Baku)").contains(OPT_OUT);
        assertThat(mail.text()).as("not a unified diff").doesNotContain("@@").doesNotContain("+Dear");
        assertThat(mail.html()).contains("Удалённые слова зачёркнуты, добавленные подчёркнуты")
                .contains(">добавлено: </span>Macron</ins>,");
    }

    @Test
    void saysWhatTheMarksMeanInEachPartnersLanguage() {
        var first = SignOnSamples.humanRightsClub(UUID.randomUUID());
        Map<String, String[]> expected = Map.of(
                "en", new String[] {"Words deleted are shown between [- and -], words added between {+ and +}",
                        ">deleted: </span>", ">inserted: </span>"},
                "fr", new String[] {"Les mots supprimés figurent entre [- et -], les mots ajoutés entre {+ et +}",
                        ">supprimé\u00A0: </span>", ">ajouté\u00A0: </span>"},
                "ru", new String[] {"Удалённые слова показаны между [- и -], добавленные — между {+ и +}",
                        ">удалено: </span>", ">добавлено: </span>"},
                "az", new String[] {"Silinmiş sözlər [- və -] arasında, əlavə olunmuş sözlər {+ və +} arasında",
                        ">silinib: </span>", ">əlavə olunub: </span>"});
        expected.forEach((language, says) -> {
            var again = new SignOnRequested(first.campaignId(), first.partnerId(), first.organisation(),
                    first.contactName(), first.email(), language, first.timeZone(), first.campaignTitle(), 2,
                    "Cher Président, l’État…", first.signOnDeadline(), first.meetingStartsAt(), first.meetingTimeZone(),
                    null, "AZ", "@@ -1 +1 @@\n-Cher Président, la France…\n+Cher Président, l’État…");

            MailContent mail = MAIL.compose(again, LINK, OPT_OUT);

            assertThat(mail.text()).as(language).contains(says[0])
                    .contains("Cher Président, [-la France-]{+l’État+}…");
            assertThat(mail.html()).as(language).contains(says[1] + "la France</del>")
                    .contains(says[2] + "l’État</ins>");
        });
    }
}
