/**
 * Sending what was queued: every message is a row before it is an email, so a restart neither
 * loses nor repeats one; each outcome is reported as EmailSent or EmailFailed.
 */
package org.demarche.outreach.delivery;
