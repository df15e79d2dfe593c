package org.demarche.outreach;

import org.demarche.testsupport.FeatureBoundaries;
import org.demarche.testsupport.ServiceBoundaries;
import org.junit.jupiter.api.Test;

class OutreachArchitectureTest {

    @Test
    void importsNothingFromAnotherService() {
        ServiceBoundaries.assertServiceImportsNoOtherService("org.demarche.outreach");
    }

    /** No cycles between features, only each other's public parts, and package-private unless used outside. */
    @Test
    void featuresKeepTheirBoundaries() {
        FeatureBoundaries.assertFeaturesKeepTheirBoundaries("org.demarche.outreach");
    }
}
