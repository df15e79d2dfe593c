package org.demarche.testsupport.featurefixture.cyclic.meeting;

import org.demarche.testsupport.featurefixture.cyclic.page.ConsolePage;

@ConsolePage
public class Meeting {
}
