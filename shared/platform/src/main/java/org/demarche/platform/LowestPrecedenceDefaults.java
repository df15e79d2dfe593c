package org.demarche.platform;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings every service gets from the platform, of lowest precedence: a service's
 * {@code application.yml} or its environment may still choose otherwise. One subclass per concern,
 * each listed in {@code META-INF/spring.factories}.
 */
public abstract class LowestPrecedenceDefaults implements EnvironmentPostProcessor {

    private final String sourceName;
    private final Map<String, Object> defaults;

    protected LowestPrecedenceDefaults(String sourceName, Map<String, Object> defaults) {
        this.sourceName = sourceName;
        this.defaults = defaults;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource(sourceName, defaults));
    }
}
