package org.demarche.intake;

import org.demarche.testsupport.ServiceBoundaries;
import org.junit.jupiter.api.Test;

class IntakeArchitectureTest {

    @Test
    void importsNothingFromAnotherService() {
        ServiceBoundaries.assertServiceImportsNoOtherService("org.demarche.intake");
    }
}
