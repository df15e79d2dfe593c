package org.demarche.intake.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoordinatorTest {

    @Test
    void keepsTheAccountsNameAndAddress() {
        Coordinator amina = new Coordinator("amina.k", "amina@coalition.example.org");

        assertThat(amina.username()).isEqualTo("amina.k");
        assertThat(amina.email()).isEqualTo("amina@coalition.example.org");
    }

    @Test
    void leavesOutANameTheEventsCannotCarryButKeepsTheAddressRepliesNeed() {
        // a provider's display name rather than an account name
        Coordinator fromProvider = new Coordinator("Amina Karimova", "amina@coalition.example.org");

        assertThat(fromProvider.username()).isNull();
        assertThat(fromProvider.email()).isEqualTo("amina@coalition.example.org");
    }

    @Test
    void leavesOutAnAddressNobodyCouldWriteTo() {
        assertThat(new Coordinator("amina", "amina at coalition").email()).isNull();
        assertThat(new Coordinator("amina", null).email()).isNull();
    }

    @Test
    void nobodyEntersFeedAndDemoMeetings() {
        assertThat(Coordinator.NOBODY.username()).isNull();
        assertThat(Coordinator.NOBODY.email()).isNull();
    }
}
