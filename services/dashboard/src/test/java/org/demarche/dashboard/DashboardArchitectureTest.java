package org.demarche.dashboard;

import org.demarche.testsupport.FeatureBoundaries;
import org.demarche.testsupport.ServiceBoundaries;
import org.junit.jupiter.api.Test;

class DashboardArchitectureTest {

    @Test
    void importsNothingFromAnotherService() {
        ServiceBoundaries.assertServiceImportsNoOtherService("org.demarche.dashboard");
    }

    /** No cycles between features, only each other's public parts, and package-private unless used outside. */
    @Test
    void featuresKeepTheirBoundaries() {
        FeatureBoundaries.assertFeaturesKeepTheirBoundaries("org.demarche.dashboard");
    }
}
