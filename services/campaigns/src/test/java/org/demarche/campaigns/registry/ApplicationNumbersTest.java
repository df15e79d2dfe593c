package org.demarche.campaigns.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ApplicationNumbersTest {

    @Test
    void comparesApplicationNumbersWithoutSpacesOrCase() {
        assertThat(ApplicationNumbers.same(" 15172/13 ", "15172/13")).isTrue();
        assertThat(ApplicationNumbers.same("15172/13", "919/15")).isFalse();
        assertThat(ApplicationNumbers.shareAny(List.of("919/15", "15172/13"), List.of("15172/13"))).isTrue();
        assertThat(ApplicationNumbers.shareAny(List.of("919/15"), List.of())).isFalse();
    }
}
