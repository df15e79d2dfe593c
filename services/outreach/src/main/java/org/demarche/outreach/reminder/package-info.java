/**
 * Reminding partners who have not answered: one email per reminder number with a fresh personal
 * link, never to a partner who has signed or declined, and never inside the partner's quiet hours.
 */
package org.demarche.outreach.reminder;
