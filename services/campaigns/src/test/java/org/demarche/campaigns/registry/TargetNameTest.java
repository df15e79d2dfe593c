package org.demarche.campaigns.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetNameTest {

    @Test
    void recognisesAParticipantWhateverTheCaseAccentsOrSpacing() {
        assertThat(Registry.comparable("Emmanuel  MACRON")).isEqualTo(Registry.comparable("emmanuel macron"));
        assertThat(Registry.comparable("Ilham Əliyev")).isEqualTo("ilham əliyev");
        assertThat(Registry.comparable("Recep Tayyip Erdoğan")).isEqualTo(Registry.comparable("Recep Tayyip Erdogan"));
        assertThat(Registry.comparable("Jean-Luc")).isEqualTo(Registry.comparable("Jean Luc"));
    }

    @Test
    void doesNotConfuseDifferentPeople() {
        assertThat(Registry.comparable("Emmanuel Macron")).isNotEqualTo(Registry.comparable("Brigitte Macron"));
    }
}
