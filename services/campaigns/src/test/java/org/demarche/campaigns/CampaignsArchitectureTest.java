package org.demarche.campaigns;

import org.demarche.testsupport.ServiceBoundaries;
import org.junit.jupiter.api.Test;

class CampaignsArchitectureTest {

    @Test
    void importsNothingFromAnotherService() {
        ServiceBoundaries.assertServiceImportsNoOtherService("org.demarche.campaigns");
    }
}
