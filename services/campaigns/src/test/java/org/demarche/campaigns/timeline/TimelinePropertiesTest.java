package org.demarche.campaigns.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class TimelinePropertiesTest {

    @Test
    void defaultsToTheReferencePlan() {
        TimelineProperties plan = bind(Map.of());

        assertThat(plan.signOnRequests()).isEqualTo(Period.ofDays(9));
        assertThat(plan.reminder()).isEqualTo(Period.ofDays(5));
        assertThat(plan.signOnCloses()).isEqualTo(Period.ofDays(3));
        assertThat(plan.publication()).isEqualTo(Period.ofDays(2));
        assertThat(plan.followUp()).isEqualTo(Period.ofDays(7));
    }

    @Test
    void readsIsoPeriodsAsTheEnvironmentGivesThem() {
        TimelineProperties plan = bind(Map.of("demarche.timeline.sign-on-requests", "P14D",
                "demarche.timeline.publication", "P1D"));

        assertThat(plan.signOnRequests()).isEqualTo(Period.ofDays(14));
        assertThat(plan.publication()).isEqualTo(Period.ofDays(1));
    }

    @Test
    void refusesAPlanWhoseStepsAreOutOfOrder() {
        assertThatThrownBy(() -> new TimelineProperties(Period.ofDays(2), Period.ofDays(5), Period.ofDays(3),
                Period.ofDays(2), Period.ofDays(7)))
                .hasMessageContaining("demarche.timeline.sign-on-requests")
                .hasMessageContaining("demarche.timeline.reminder");
    }

    private static TimelineProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("demarche.timeline", TimelineProperties.class);
    }
}
