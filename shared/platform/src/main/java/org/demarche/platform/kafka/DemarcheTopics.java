package org.demarche.platform.kafka;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.demarche.events.Topics;
import org.demarche.platform.PlatformProperties;

/** Every topic of the contract and its dead-letter topic, with the same partition count. */
public final class DemarcheTopics {

    private DemarcheTopics() {
    }

    public static List<NewTopic> of(PlatformProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : Topics.ALL) {
            topics.add(new NewTopic(topic, properties.partitions(), properties.replicationFactor()));
            topics.add(new NewTopic(Topics.deadLetter(topic), properties.partitions(), properties.replicationFactor()));
        }
        return List.copyOf(topics);
    }
}
