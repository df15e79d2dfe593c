/**
 * Intake when its infrastructure fails: the broker away at start, PostgreSQL away for a while, the
 * JVM killed between a commit and the relay. Intake stands for the four services here: what is
 * tested lives in the platform they share.
 */
package org.demarche.intake.faults;
