package org.demarche.testsupport;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

class ServiceBoundariesTest {

    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(
            "org.demarche.intake.boundaryfixture",
            "org.demarche.campaigns.boundaryfixture",
            "org.demarche.outreach.boundaryfixture");

    @Test
    void reportsAServiceThatUsesAnotherServicesCode() {
        assertThatThrownBy(() -> ServiceBoundaries.serviceImportsNoOtherService("org.demarche.intake").check(FIXTURES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("MeetingForm")
                .hasMessageContaining("org.demarche.campaigns.boundaryfixture.CampaignRule")
                .hasMessageContaining("learn about each other through Kafka");
    }

    @Test
    void acceptsAServiceThatUsesOnlyItsOwnCodeAndTheSharedEvents() {
        assertThatCode(() -> ServiceBoundaries.serviceImportsNoOtherService("org.demarche.outreach").check(FIXTURES))
                .doesNotThrowAnyException();
    }

    @Test
    void failsRatherThanPassWhenTheServicePackageHoldsNoClasses() {
        assertThatThrownBy(() -> ServiceBoundaries.serviceImportsNoOtherService("org.demarche.dashboard").check(FIXTURES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    @Test
    void rejectsAPackageOutsideTheServices() {
        assertThatThrownBy(() -> ServiceBoundaries.serviceImportsNoOtherService("org.demarche.events"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("org.demarche.{intake,campaigns,outreach,dashboard}");
    }

    @Test
    void checksTheProductionClassesOnTheClassPath() {
        // the fixtures are test classes, so the real check does not see MeetingForm's offence, and has nothing to check
        assertThatThrownBy(() -> ServiceBoundaries.assertServiceImportsNoOtherService("org.demarche.intake"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }
}
