package org.demarche.testsupport.featurefixture.cyclic.page;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

@Retention(RetentionPolicy.RUNTIME)
public @interface ConsolePage {
}
