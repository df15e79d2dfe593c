/**
 * Benchmarks, run by {@code infra/bench/run <name>}: each measures a part of Démarche on this
 * machine against a baseline measured in the same run, and ends with one comparable line.
 */
package org.demarche.bench;
