/**
 * Sending what was queued, so that a fault neither loses nor repeats an email. Every message is a
 * row under a unique key (campaign, partner, kind, occasion) before it is an email, with a
 * Message-ID derived from that key. Senders ({@code demarche.outreach.delivery.connections} of
 * them) claim due rows in batches ({@code FOR UPDATE SKIP LOCKED}, then a claim that lapses), send
 * a batch over one SMTP connection at the pace one SMTP host allows, and record each outcome with
 * its event: EmailSent; a transient failure (4xx, no connection) tried again with exponential
 * back-off; EmailFailed with the server's answer once it is permanent (5xx) or attempts ran out.
 * A stop finishes the message in hand and hands back the rest of the batch. Opt-outs are kept
 * here too: they decide whether a message may be queued at all.
 */
package org.demarche.outreach.delivery;
