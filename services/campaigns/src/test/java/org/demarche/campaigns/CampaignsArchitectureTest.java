package org.demarche.campaigns;

import org.demarche.campaigns.deadline.CompletionBatchingJobStore;
import org.demarche.campaigns.deadline.DeadlineJob;
import org.demarche.campaigns.deadline.DeadlinesPostgreSQLDelegate;
import org.demarche.testsupport.FeatureBoundaries;
import org.demarche.testsupport.ServiceBoundaries;
import org.junit.jupiter.api.Test;

class CampaignsArchitectureTest {

    @Test
    void importsNothingFromAnotherService() {
        ServiceBoundaries.assertServiceImportsNoOtherService("org.demarche.campaigns");
    }

    /** No cycles between features, only each other's public parts, and package-private unless used outside. */
    @Test
    void featuresKeepTheirBoundaries() {
        FeatureBoundaries.assertFeaturesKeepTheirBoundaries("org.demarche.campaigns",
                // Quartz creates the job store and the SQL delegate from their names, through public constructors,
                // and loads the job's class by the name stored with each job
                CompletionBatchingJobStore.class, DeadlinesPostgreSQLDelegate.class, DeadlineJob.class);
    }
}
