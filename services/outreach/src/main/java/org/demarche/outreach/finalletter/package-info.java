/**
 * Sending the published letter: its PDF is fetched from the campaigns service once per
 * distribution and queued with one email per recipient (signatories and the target).
 */
package org.demarche.outreach.finalletter;
