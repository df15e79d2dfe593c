package org.demarche.campaigns.timeline;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Reads {@code demarche.timeline.*} values such as {@code P9D} or {@code PT30S}. */
@Component
@ConfigurationPropertiesBinding
class TimelineOffsetConverter implements Converter<String, TimelineOffset> {

    @Override
    public TimelineOffset convert(String source) {
        return TimelineOffset.parse(source);
    }
}
