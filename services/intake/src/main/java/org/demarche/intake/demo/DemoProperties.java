package org.demarche.intake.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code demarche.demo.*}.
 *
 * @param enabled     enter the reference case's facts and a demo meeting on a fresh start
 * @param meetingDays how many days ahead the demo meeting is
 */
@ConfigurationProperties("demarche.demo")
record DemoProperties(@DefaultValue("false") boolean enabled, @DefaultValue("5") int meetingDays) {
}
