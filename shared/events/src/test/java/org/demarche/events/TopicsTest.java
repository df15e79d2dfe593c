package org.demarche.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void namesEveryTopicOfTheArchitectureWithItsVersion() {
        assertThat(Topics.ALL).containsExactly(
                "demarche.meetings.v1",
                "demarche.rulings.v1",
                "demarche.resolutions.v1",
                "demarche.campaigns.v1",
                "demarche.outreach.v1",
                "demarche.responses.v1",
                "demarche.accounts.v1",
                "demarche.registry.v1");
        assertThat(Topics.MEETINGS).isEqualTo("demarche.meetings.v1");
        assertThat(Topics.RESPONSES).isEqualTo("demarche.responses.v1");
    }

    @Test
    void namesDeadLetterTopicsAsSpringKafkaDoes() {
        assertThat(Topics.deadLetter(Topics.CAMPAIGNS)).isEqualTo("demarche.campaigns.v1-dlt");
    }

    @Test
    void everyTopicCarriesAtLeastOneEvent() {
        assertThat(EventCatalog.all()).extracting(EventCatalog::topicOf)
                .containsAll(Topics.ALL);
    }
}
