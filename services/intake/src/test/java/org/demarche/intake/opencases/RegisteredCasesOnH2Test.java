package org.demarche.intake.opencases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.demarche.events.registry.CaseRegistered;
import org.demarche.intake.H2Schema;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class RegisteredCasesOnH2Test {

    private static final Instant T0 = Instant.parse("2027-05-01T08:00:00Z");

    private final RegisteredCases cases = new RegisteredCases(JdbcClient.create(H2Schema.migrated()));

    @Test
    void followsTheCountriesOfOpenCasesByTheLatestEventOfEachCase() {
        cases.keep(registered("kavala", "TR", "open"), T0);
        cases.keep(registered("mammadova", "AZ", "open"), T0);
        cases.keep(registered("beridze", "GE", "open"), T0);
        cases.keep(registered("jafarov", "az", "open"), T0);
        cases.keep(registered("kavala", "TR", "closed"), T0.plusSeconds(60));
        cases.keep(registered("mammadova", "AZ", "closed"), T0.plusSeconds(60));

        assertThat(cases.countriesWithOpenCases()).as("Azerbaijan still has Jafarov").containsExactly("AZ", "GE");
    }

    @Test
    void keepsALaterEventWhenAnOlderOneComesAgain() {
        cases.keep(registered("beridze", "GE", "closed"), T0.plusSeconds(60));
        cases.keep(registered("beridze", "GE", "open"), T0);

        assertThat(cases.countriesWithOpenCases()).isEmpty();
    }

    private static CaseRegistered registered(String id, String country, String status) {
        return new CaseRegistered(id, country, id, status, List.of());
    }
}
