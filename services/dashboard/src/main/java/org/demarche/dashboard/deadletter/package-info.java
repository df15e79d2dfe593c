/**
 * The administrators' view of dead letters across the platform: every service's, counted, on the
 * service they already use for accounts.
 */
package org.demarche.dashboard.deadletter;
