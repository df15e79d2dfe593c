package org.demarche.intake.page;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the coordinators' pages link to beyond intake ({@code demarche.intake.*}).
 *
 * @param dashboardUrl where leads' dashboard is, absolute: it runs as another service
 */
@ConfigurationProperties("demarche.intake")
public record ConsoleProperties(@DefaultValue("http://localhost:8080") String dashboardUrl) {
}
