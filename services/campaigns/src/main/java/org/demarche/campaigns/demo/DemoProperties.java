package org.demarche.campaigns.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code demarche.demo.*}.
 *
 * @param enabled seed the registry with the reference case at start-up
 */
@ConfigurationProperties("demarche.demo")
record DemoProperties(@DefaultValue("false") boolean enabled) {
}
