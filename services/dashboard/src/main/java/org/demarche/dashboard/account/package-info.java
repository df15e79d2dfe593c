/**
 * Accounts, managed by administrators here and copied by every service from the account events
 * (see shared/platform's security package): {@code POST/GET/PUT/DELETE /api/users}.
 */
package org.demarche.dashboard.account;
