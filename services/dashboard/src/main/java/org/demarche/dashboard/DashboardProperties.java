package org.demarche.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the dashboard shows ({@code demarche.dashboard.*}).
 *
 * @param historyLimit most recent events shown per campaign
 */
@ConfigurationProperties("demarche.dashboard")
public record DashboardProperties(@DefaultValue("200") int historyLimit) {
}
