/**
 * Features for {@code FeatureBoundariesTest}: {@code cyclic} repeats the cycle intake once had
 * (meeting → page → calendar → meeting), {@code tidy} keeps every rule, {@code leaky} breaks the
 * other two.
 */
package org.demarche.testsupport.featurefixture;
