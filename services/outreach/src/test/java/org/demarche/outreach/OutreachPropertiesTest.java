package org.demarche.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OutreachPropertiesTest {

    @Test
    void dropsATrailingSlashFromThePublicBaseUrl() {
        assertThat(new OutreachProperties("https://sign.example.org/", "x@example.org", "none").publicBaseUrl())
                .isEqualTo("https://sign.example.org");
    }

    @Test
    void refusesQuietHoursThatAreNotARange() {
        assertThatThrownBy(() -> new OutreachProperties("http://localhost:8083", "x@example.org", "evenings"))
                .hasMessageContaining("demarche.outreach.quiet-hours")
                .hasMessageContaining("evenings");
    }
}
