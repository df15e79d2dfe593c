package org.demarche.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.apache.kafka.clients.admin.NewTopic;
import org.demarche.events.Topics;
import org.demarche.platform.PlatformProperties;
import org.junit.jupiter.api.Test;

class DemarcheTopicsTest {

    @Test
    void givesEveryTopicADeadLetterTopicWithTheSamePartitions() {
        var properties = new PlatformProperties(4, (short) 3, Duration.ofMillis(200), 100,
                new PlatformProperties.Retry(Duration.ofMillis(500), 2.0, Duration.ofSeconds(10), 6, Duration.ofMinutes(15)));

        var topics = DemarcheTopics.of(properties);

        assertThat(topics).extracting(NewTopic::name).containsExactlyInAnyOrder(
                Topics.MEETINGS, Topics.deadLetter(Topics.MEETINGS), Topics.RULINGS, Topics.deadLetter(Topics.RULINGS),
                Topics.RESOLUTIONS, Topics.deadLetter(Topics.RESOLUTIONS), Topics.CAMPAIGNS,
                Topics.deadLetter(Topics.CAMPAIGNS), Topics.OUTREACH, Topics.deadLetter(Topics.OUTREACH),
                Topics.RESPONSES, Topics.deadLetter(Topics.RESPONSES), Topics.ACCOUNTS, Topics.deadLetter(Topics.ACCOUNTS),
                Topics.REGISTRY, Topics.deadLetter(Topics.REGISTRY));
        assertThat(topics).allSatisfy(topic -> {
            assertThat(topic.numPartitions()).isEqualTo(4);
            assertThat(topic.replicationFactor()).isEqualTo((short) 3);
        });
        assertThat(Topics.deadLetter(Topics.MEETINGS)).isEqualTo("demarche.meetings.v1-dlt");
    }
}
