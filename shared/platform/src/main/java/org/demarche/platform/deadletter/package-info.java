/**
 * Dead letters made visible: what this service's consumer groups gave up on, read from the
 * dead-letter topics themselves, listed and replayed by administrators (audited), and counted in
 * health.
 */
package org.demarche.platform.deadletter;
