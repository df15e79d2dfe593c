package org.demarche.campaigns.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;

class TimelinePropertiesTest {

    @Test
    void defaultsToTheReferencePlan() {
        TimelineProperties plan = bind(Map.of());

        assertThat(plan.signOnRequests()).isEqualTo(TimelineOffset.parse("P9D"));
        assertThat(plan.reminder().days()).isEqualTo(Period.ofDays(5));
        assertThat(plan.signOnCloses().days()).isEqualTo(Period.ofDays(3));
        assertThat(plan.publication().days()).isEqualTo(Period.ofDays(2));
        assertThat(plan.followUp().days()).isEqualTo(Period.ofDays(7));
    }

    @Test
    void readsCalendarDaysAndExactTimesAsTheEnvironmentGivesThem() {
        TimelineProperties plan = bind(Map.of(
                "demarche.timeline.sign-on-requests", "PT40S",
                "demarche.timeline.reminder", "PT30S",
                "demarche.timeline.sign-on-closes", "PT20S",
                "demarche.timeline.publication", "PT10S",
                "demarche.timeline.follow-up", "P1DT12H"));

        assertThat(plan.signOnRequests().time()).isEqualTo(Duration.ofSeconds(40));
        assertThat(plan.signOnRequests().days()).isEqualTo(Period.ZERO);
        assertThat(plan.followUp().days()).isEqualTo(Period.ofDays(1));
        assertThat(plan.followUp().time()).isEqualTo(Duration.ofHours(12));
        assertThat(plan.followUp()).hasToString("P1DT12H");
    }

    @Test
    void refusesAPlanWhoseStepsAreOutOfOrder() {
        assertThatThrownBy(() -> new TimelineProperties(TimelineOffset.parse("P2D"), TimelineOffset.parse("P5D"),
                TimelineOffset.parse("P3D"), TimelineOffset.parse("P2D"), TimelineOffset.parse("P7D")))
                .hasMessageContaining("demarche.timeline.sign-on-requests")
                .hasMessageContaining("demarche.timeline.reminder");
    }

    @Test
    void refusesSomethingThatIsNotADuration() {
        assertThatThrownBy(() -> TimelineOffset.parse("nine days")).hasMessageContaining("'nine days'");
        assertThatThrownBy(() -> TimelineOffset.parse("P-2D")).hasMessageContaining("cannot be negative");
    }

    private static TimelineProperties bind(Map<String, String> properties) {
        var conversion = new ApplicationConversionService();
        conversion.addConverter(new TimelineOffsetConverter());
        return new Binder(List.of(new MapConfigurationPropertySource(properties)), null, conversion)
                .bindOrCreate("demarche.timeline", TimelineProperties.class);
    }
}
