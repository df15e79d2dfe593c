package org.demarche.outreach;

import org.demarche.testsupport.ServiceBoundaries;
import org.junit.jupiter.api.Test;

class OutreachArchitectureTest {

    @Test
    void importsNothingFromAnotherService() {
        ServiceBoundaries.assertServiceImportsNoOtherService("org.demarche.outreach");
    }
}
