package org.demarche.intake;

import org.demarche.intake.imports.ImportRun;
import org.demarche.testsupport.FeatureBoundaries;
import org.demarche.testsupport.ServiceBoundaries;
import org.junit.jupiter.api.Test;

class IntakeArchitectureTest {

    @Test
    void importsNothingFromAnotherService() {
        ServiceBoundaries.assertServiceImportsNoOtherService("org.demarche.intake");
    }

    /** No cycles between features, only each other's public parts, and package-private unless used outside. */
    @Test
    void featuresKeepTheirBoundaries() {
        FeatureBoundaries.assertFeaturesKeepTheirBoundaries("org.demarche.intake",
                // the calendar's import answers with ImportRun.RUNNING, a constant the compiler copies there
                ImportRun.class);
    }
}
