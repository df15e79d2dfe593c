/**
 * {@code infra/bench/run dashboard}: the leads' dashboard read by Gatling at a steady rate while
 * clients follow its live stream, against the same queries through plain JDBC.
 */
package org.demarche.bench.dashboard;
