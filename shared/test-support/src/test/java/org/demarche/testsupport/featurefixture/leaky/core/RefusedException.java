package org.demarche.testsupport.featurefixture.leaky.core;

/** Public: another feature catches it, which ArchUnit sees in no dependency. */
public class RefusedException extends RuntimeException {
}
