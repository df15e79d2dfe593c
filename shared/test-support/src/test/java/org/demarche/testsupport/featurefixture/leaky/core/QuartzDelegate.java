package org.demarche.testsupport.featurefixture.leaky.core;

/** Public for a framework that creates it by name; nothing in the fixture uses it. */
public class QuartzDelegate {
}
