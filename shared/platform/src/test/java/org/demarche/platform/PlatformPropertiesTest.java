package org.demarche.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class PlatformPropertiesTest {

    @Test
    void defaultsToSixPartitionsAndAShortOutboxPoll() {
        PlatformProperties properties = bind(Map.of());

        assertThat(properties.partitions()).isEqualTo(6);
        assertThat(properties.replicationFactor()).isEqualTo((short) 1);
        assertThat(properties.outboxPollInterval()).isEqualTo(Duration.ofMillis(200));
        assertThat(properties.retry().maxRetries()).isEqualTo(2);
        assertThat(properties.retry().transientFor()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void parkedRetriesWaitLongerEachTimeUpToTheLongestWait() {
        var retry = bind(Map.of()).retry();

        assertThat(retry.parkedWait(1)).as("after 500ms and 1s in place").isEqualTo(Duration.ofSeconds(2));
        assertThat(retry.parkedWait(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(retry.parkedWait(40)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void takesThePartitionCountFromConfiguration() {
        assertThat(bind(Map.of("demarche.platform.partitions", "12")).partitions()).isEqualTo(12);
    }

    @Test
    void refusesATopicWithoutPartitions() {
        assertThatThrownBy(() -> bind(Map.of("demarche.platform.partitions", "0")))
                .hasStackTraceContaining("demarche.platform.partitions must be at least 1");
    }

    @Test
    void aServiceWithoutANameCannotPublish() {
        assertThatThrownBy(() -> new ServiceIdentity(" ")).hasMessageContaining("spring.application.name");
        assertThat(new ServiceIdentity("intake").eventSource()).isEqualTo("/demarche/intake");
    }

    private static PlatformProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("demarche.platform", PlatformProperties.class);
    }
}
