/**
 * Asking partners to co-sign: each SignOnRequested becomes the partner's invitation and an email
 * with a personal link, a signed token that opens that partner's page for that campaign until the
 * sign-on deadline.
 */
package org.demarche.outreach.signon;
