package org.demarche.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The settings every service's {@code application.yml} shared, from the platform's
 * {@code demarche-defaults.yml}: the database named as the service, Kafka on localhost, problem
 * details for Spring's own errors, the pages' message bundles, the session cookie's SameSite and
 * Actuator's exposure. Of lowest precedence: a service's {@code application.yml} or its environment
 * may still choose otherwise.
 */
public class ServiceDefaults extends LowestPrecedenceDefaults {

    static final String SOURCE_NAME = "demarchePlatformServiceDefaults";
    static final String FILE = "demarche-defaults.yml";

    public ServiceDefaults() {
        super(SOURCE_NAME, load());
    }

    static Map<String, Object> load() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource(FILE, ServiceDefaults.class.getClassLoader()));
        Properties properties = yaml.getObject();
        // every value, not only the strings: YAML's true, false and numbers arrive as Boolean and Integer
        Map<String, Object> defaults = new LinkedHashMap<>();
        properties.forEach((name, value) -> defaults.put(name.toString(), value));
        return defaults;
    }
}
