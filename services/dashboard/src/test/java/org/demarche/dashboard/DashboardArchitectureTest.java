package org.demarche.dashboard;

import org.demarche.testsupport.ServiceBoundaries;
import org.junit.jupiter.api.Test;

class DashboardArchitectureTest {

    @Test
    void importsNothingFromAnotherService() {
        ServiceBoundaries.assertServiceImportsNoOtherService("org.demarche.dashboard");
    }
}
