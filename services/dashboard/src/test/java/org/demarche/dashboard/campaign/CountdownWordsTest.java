package org.demarche.dashboard.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The message bundles' words for the days to a meeting, in both languages of the pages. */
class CountdownWordsTest {

    private final ResourceBundleMessageSource messages = messages();

    @Test
    void saysTodayOnTheDayAndCountsDaysEitherSideInEnglish() {
        assertThat(countdown(0, Locale.ENGLISH)).isEqualTo("today");
        assertThat(countdown(1, Locale.ENGLISH)).isEqualTo("in 1 day");
        assertThat(countdown(3, Locale.ENGLISH)).isEqualTo("in 3 days");
        assertThat(countdown(-1, Locale.ENGLISH)).isEqualTo("1 day ago");
        assertThat(countdown(-12, Locale.ENGLISH)).isEqualTo("12 days ago");
    }

    @Test
    void saysTheSameInFrench() {
        assertThat(countdown(0, Locale.FRENCH)).isEqualTo("aujourd’hui");
        assertThat(countdown(1, Locale.FRENCH)).isEqualTo("dans 1 jour");
        assertThat(countdown(3, Locale.FRENCH)).isEqualTo("dans 3 jours");
        assertThat(countdown(-1, Locale.FRENCH)).isEqualTo("il y a 1 jour");
        assertThat(countdown(-12, Locale.FRENCH)).isEqualTo("il y a 12 jours");
    }

    private String countdown(long days, Locale locale) {
        return messages.getMessage("countdown", new Object[] {days, Math.abs(days)}, locale);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
