/**
 * Deadlines in Quartz: one job per campaign and step, keyed by both so scheduling is idempotent,
 * stored in the JDBC job store (clustered: several instances, each deadline fires once), fired at
 * once on recovery when the service was down at the due time.
 */
package org.demarche.campaigns.deadline;
