package org.demarche.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on what coordinators may enter ({@code demarche.intake.*}).
 *
 * @param maxTitleLength  longest meeting title accepted
 * @param minParticipants fewest participants a meeting may have
 */
@ConfigurationProperties("demarche.intake")
public record IntakeProperties(@DefaultValue("200") int maxTitleLength, @DefaultValue("2") int minParticipants) {
}
