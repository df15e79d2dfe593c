package org.demarche.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ServiceDefaultsTest {

    @Test
    void givesEveryServiceWhatTheirApplicationYmlShared() {
        StandardEnvironment environment = environment(Map.of("spring.application.name", "intake"));

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://localhost:5432/intake");
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("intake");
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("localhost:9092");
        assertThat(environment.getProperty("spring.mvc.problemdetails.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("spring.messages.fallback-to-system-locale")).isEqualTo("false");
        assertThat(environment.getProperty("server.servlet.session.cookie.same-site")).isEqualTo("lax");
        assertThat(environment.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health,info,prometheus");
        assertThat(environment.getProperty("management.endpoint.health.roles")).isEqualTo("ADMIN");
    }

    @Test
    void aServicesOwnSettingOutranksTheDefault() {
        StandardEnvironment environment = environment(Map.of("spring.application.name", "outreach",
                "spring.messages.basename", "messages,mail"));

        assertThat(environment.getProperty("spring.messages.basename")).isEqualTo("messages,mail");
    }

    private static StandardEnvironment environment(Map<String, Object> own) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("own", own));
        new ServiceDefaults().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
