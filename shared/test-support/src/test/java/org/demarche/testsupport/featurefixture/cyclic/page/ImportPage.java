package org.demarche.testsupport.featurefixture.cyclic.page;

import org.demarche.testsupport.featurefixture.cyclic.calendar.ReviewQueue;

public class ImportPage {

    public int pending(ReviewQueue queue) {
        return queue.pending();
    }
}
