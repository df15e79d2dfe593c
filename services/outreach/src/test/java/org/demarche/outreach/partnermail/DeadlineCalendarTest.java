package org.demarche.outreach.partnermail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import org.junit.jupiter.api.Test;

class DeadlineCalendarTest {

    private static final List<String> SUMMARIES = List.of(
            "Signing closes: Open letter on the detention of journalists",
            "Clôture des signatures : « Lettre ouverte, pour la libération ; des journalistes »",
            "Закрытие сбора подписей: Открытое письмо о задержании журналистов, правозащитников и блогеров",
            "İmzalama bağlanır: Jurnalistlərin həbsi ilə bağlı açıq məktub — şəhər, ölkə; region",
            "Встреча: письмо",
            "Görüş: məktub",
            "Réunion : lettre",
            "Meeting: a title with a backslash \\ and a line\nbreak, kept by escaping",
            "A summary long enough on its own to go past the seventy-five octets where iCalendar lines may be folded, é à ü",
            "");
    private static final String LINK_CHARACTERS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~,;=&!$'()*+:@/";

    private final Random random = new Random(20260501);

    @Test
    void writesWhatIcal4jWritesForTheWholeCalendarByteForByte() throws Exception {
        List<Campaign> campaigns = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            campaigns.add(randomCampaign());
        }
        for (int i = 0; i < 1500; i++) {
            Campaign campaign = campaigns.get(random.nextInt(campaigns.size()));
            String link = randomLink(20 + random.nextInt(381));
            Instant now = randomMoment();

            String written = campaign.calendar(link, now);

            assertThat(written).as("%s, link %s, now %s", campaign, link, now)
                    .isEqualTo(campaign.asIcal4jWritesIt(link, now));
            assertThat(parsed(written).getComponents("VEVENT")).hasSize(campaign.meetingShown() ? 2 : 1);
        }
    }

    @Test
    void writesEveryLinkLengthFromTwentyToFourHundredCharactersAsIcal4jDoes() {
        Campaign campaign = randomCampaign();
        for (int length = 20; length <= 400; length++) {
            String link = randomLink(length);
            Instant now = randomMoment();

            assertThat(campaign.calendar(link, now)).as("link of %d characters", length)
                    .isEqualTo(campaign.asIcal4jWritesIt(link, now));
        }
    }

    @Test
    void writesTheSameWithAndWithoutTheMeeting() {
        UUID campaignId = UUID.randomUUID();
        Instant deadline = Instant.parse("2026-05-01T10:00:00Z");
        Instant meeting = Instant.parse("2026-05-03T15:30:00Z");
        String link = "https://demarche.example.org/sign/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwIn0.c2ln,a;b";
        Instant now = Instant.parse("2026-04-20T08:15:30.123456789Z");
        List<Campaign> variants = List.of(
                new Campaign(campaignId, 1, deadline, SUMMARIES.get(1), meeting, SUMMARIES.get(6)),
                new Campaign(campaignId, 1, deadline, SUMMARIES.get(1), null, SUMMARIES.get(6)),
                new Campaign(campaignId, 1, deadline, SUMMARIES.get(1), meeting, null),
                new Campaign(campaignId, 1, deadline, SUMMARIES.get(1), null, null),
                new Campaign(campaignId, 2, deadline, SUMMARIES.get(1), meeting, SUMMARIES.get(6)),
                new Campaign(campaignId, 2, deadline.plusSeconds(86_400), SUMMARIES.get(1), meeting, SUMMARIES.get(6)));

        for (Campaign campaign : variants) {
            assertThat(campaign.calendar(link, now)).as("%s", campaign).isEqualTo(campaign.asIcal4jWritesIt(link, now));
        }
    }

    @Test
    void givesEachPartnerOfACampaignTheirOwnLinkAndStamp() throws Exception {
        Campaign campaign = new Campaign(UUID.randomUUID(), 3, Instant.parse("2026-05-01T10:00:00Z"), SUMMARIES.get(2),
                Instant.parse("2026-05-03T15:30:00Z"), SUMMARIES.get(4));
        String firstLink = "https://demarche.example.org/sign/first.partner,token;1";
        String secondLink = "https://demarche.example.org/sign/second.partner";

        Calendar first = parsed(campaign.calendar(firstLink, Instant.parse("2026-04-20T08:15:30Z")));
        Calendar second = parsed(campaign.calendar(secondLink, Instant.parse("2026-04-21T09:00:00Z")));

        VEvent firstDeadline = first.<VEvent>getComponents("VEVENT").get(0);
        VEvent secondDeadline = second.<VEvent>getComponents("VEVENT").get(0);
        assertThat(firstDeadline.getDescription().getValue()).isEqualTo(firstLink);
        assertThat(firstDeadline.getUrl().getValue()).isEqualTo(firstLink);
        assertThat(secondDeadline.getDescription().getValue()).isEqualTo(secondLink);
        assertThat(secondDeadline.getUrl().getValue()).isEqualTo(secondLink);
        assertThat(first.<VEvent>getComponents("VEVENT")).extracting(event -> event.getDateTimeStamp().getValue())
                .containsExactly("20260420T081530Z", "20260420T081530Z");
        assertThat(second.<VEvent>getComponents("VEVENT")).extracting(event -> event.getDateTimeStamp().getValue())
                .containsExactly("20260421T090000Z", "20260421T090000Z");
        assertThat(first.<VEvent>getComponents("VEVENT").get(1).getUid().orElseThrow().getValue())
                .isEqualTo(campaign.campaignId() + "-meeting@demarche");
    }

    @Test
    void fillsInOnlyThePlaceholderLinesNotATitleThatReadsLikeThem() throws Exception {
        // a title with line breaks of every kind, made to read like the lines a partner's file is filled in at
        String tricky = "Signing closes\rDTSTAMP:19700101T000000Z\r\nDESCRIPTION:" + CalendarTemplate.PLACEHOLDER_LINK
                + "\nURL:" + CalendarTemplate.PLACEHOLDER_LINK + "\r";
        Campaign campaign = new Campaign(UUID.randomUUID(), 1, Instant.parse("2026-05-01T10:00:00Z"), tricky,
                Instant.parse("2026-05-03T15:30:00Z"), tricky + "\r");
        String link = "https://demarche.example.org/sign/partner";
        Instant now = Instant.parse("2026-04-20T08:15:30Z");

        String calendar = campaign.calendar(link, now);

        assertThat(calendar).isEqualTo(campaign.withLineFeedsOnly().asIcal4jWritesIt(link, now))
                .contains("\r\nDTSTAMP:20260420T081530Z\r\n")
                .contains("\r\nDESCRIPTION:" + link + "\r\n")
                .contains("\r\nURL:" + link + "\r\n")
                .doesNotContain("19700101T000000Z\r\n");
        assertThat(calendar.replace("\r\n", "")).as("no line break but the file's own").doesNotContain("\r", "\n");
        var deadline = (VEvent) parsed(calendar).getComponents().get(0);
        assertThat(deadline.getSummary().getValue()).isEqualTo(tricky.replace("\r\n", "\n").replace('\r', '\n'));
        List<Property> urls = deadline.getProperties(Property.URL);
        assertThat(urls).extracting(Property::getValue).as("no URL but the partner's own").containsExactly(link);
    }

    @Test
    void refusesALinkThatIsNoUriAsIcal4jDid() {
        Campaign campaign = randomCampaign();
        String notAUri = "https://demarche.example.org/sign/a\\b c";

        assertThatThrownBy(() -> campaign.asIcal4jWritesIt(notAUri, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> campaign.calendar(notAUri, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> campaign.calendar(null, Instant.EPOCH)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void makesATemplateOfEveryCalendarItWrites() {
        for (int i = 0; i < 200; i++) {
            Campaign campaign = randomCampaign();
            String placeholders = campaign.asIcal4jWritesIt(CalendarTemplate.PLACEHOLDER_LINK,
                    CalendarTemplate.PLACEHOLDER_NOW);

            assertThat(CalendarTemplate.of(placeholders, campaign.meetingShown() ? 2 : 1))
                    .as("%s", campaign).isPresent();
        }
    }

    @Test
    void makesNoTemplateOfACalendarWithoutTheExpectedLines() {
        Campaign campaign = new Campaign(UUID.randomUUID(), 1, Instant.parse("2026-05-01T10:00:00Z"), SUMMARIES.get(0),
                null, null);
        String placeholders = campaign.asIcal4jWritesIt(CalendarTemplate.PLACEHOLDER_LINK,
                CalendarTemplate.PLACEHOLDER_NOW);

        assertThat(CalendarTemplate.of(placeholders, 2)).as("one DTSTAMP for two events").isEmpty();
        assertThat(CalendarTemplate.of(placeholders.replace("URL:", "X-URL:"), 1)).isEmpty();
    }

    private Campaign randomCampaign() {
        Instant deadline = randomMoment();
        boolean meeting = random.nextInt(3) > 0;
        return new Campaign(new UUID(random.nextLong(), random.nextLong()), 1 + random.nextInt(9), deadline,
                pick(SUMMARIES), meeting ? deadline.plusSeconds(random.nextInt(1_000_000)) : null,
                meeting ? pick(SUMMARIES) : null);
    }

    /** A personal link as the service makes them, with characters iCalendar escapes in DESCRIPTION. */
    private String randomLink(int length) {
        String start = random.nextBoolean() ? "https://demarche.example.org/sign/" : "http://h/s/";
        StringBuilder link = new StringBuilder(start);
        while (link.length() < length) {
            if (random.nextInt(40) == 0 && link.length() + 3 <= length) {
                link.append("%2C");
            } else {
                link.append(LINK_CHARACTERS.charAt(random.nextInt(LINK_CHARACTERS.length())));
            }
        }
        return link.substring(0, length);
    }

    private Instant randomMoment() {
        return Instant.parse("2020-01-01T00:00:00Z").plusSeconds(random.nextInt(300_000_000))
                .plusNanos(random.nextInt(1_000_000_000));
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static Calendar parsed(String calendar) throws Exception {
        return new CalendarBuilder().build(new StringReader(calendar));
    }

    private record Campaign(UUID campaignId, int draftVersion, Instant deadline, String deadlineSummary, Instant meeting,
                            String meetingSummary) {

        boolean meetingShown() {
            return meeting != null && meetingSummary != null;
        }

        /** The same campaign with its titles' carriage returns made line feeds, as the calendar writes them. */
        Campaign withLineFeedsOnly() {
            return new Campaign(campaignId, draftVersion, deadline, feeds(deadlineSummary), meeting, feeds(meetingSummary));
        }

        private static String feeds(String text) {
            return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n');
        }

        String calendar(String link, Instant now) {
            return DeadlineCalendar.of(campaignId, draftVersion, deadline, deadlineSummary, meeting, meetingSummary, link,
                    now);
        }

        String asIcal4jWritesIt(String link, Instant now) {
            return ical4jWholeCalendar(campaignId, draftVersion, deadline, deadlineSummary, meeting, meetingSummary, link,
                    now);
        }
    }

    /** DeadlineCalendar.of as it was before the template: ical4j builds and writes the whole calendar each time. */
    static String ical4jWholeCalendar(UUID campaignId, int draftVersion, Instant deadline, String deadlineSummary,
                                      Instant meeting, String meetingSummary, String link, Instant now) {
        VEvent deadlineEvent = event(new VEvent(deadline, deadlineSummary), campaignId + "-sign-on-deadline",
                draftVersion, now);
        deadlineEvent.add(new Description(link));
        deadlineEvent.add(new Url(java.net.URI.create(link)));
        var calendar = new Calendar().withProdId("-//Démarche//Outreach//EN").withDefaults()
                .withProperty(ImmutableMethod.PUBLISH).withComponent(deadlineEvent);
        if (meeting != null && meetingSummary != null) {
            calendar = calendar.withComponent(event(new VEvent(meeting, meetingSummary), campaignId + "-meeting",
                    draftVersion, now));
        }
        return calendar.getFluentTarget().toString();
    }

    private static VEvent event(VEvent event, String uid, int sequence, Instant now) {
        event.replace(new DtStamp(now));
        event.add(new Uid(uid + "@demarche"));
        event.add(new Sequence(sequence));
        return event;
    }
}
