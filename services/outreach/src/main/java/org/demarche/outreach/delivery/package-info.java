/**
 * Sending what was queued: every message is a row under a unique key (campaign, partner, kind,
 * occasion) before it is an email, so a restart neither loses nor repeats one. A row keeps what
 * sending needs, attachments included, and may wait until a given moment (quiet hours). Each
 * outcome is reported as EmailSent or EmailFailed.
 */
package org.demarche.outreach.delivery;
