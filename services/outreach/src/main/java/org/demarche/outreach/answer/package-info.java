/**
 * Partners' answers: the personal sign-on page (HTML, in the partner's language) and its JSON
 * twin, both opened by the token in the link; each answer is recorded and announced as
 * PartnerSigned or PartnerDeclined in one transaction.
 */
package org.demarche.outreach.answer;
