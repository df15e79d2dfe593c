/**
 * Who may do what, the same in every service. People sign in with a form (pages) or HTTP Basic
 * (scripts); their accounts are the configured administrator ({@code demarche.admin.*}) plus the
 * accounts an administrator manages on the dashboard, which every service copies from the
 * {@code demarche.accounts.v1} topic. Roles nest: ADMIN can do what a COORDINATOR can, who can do
 * what a LEAD can. Reading is a LEAD's right, changing a COORDINATOR's; a service adds its own
 * exceptions (partners' token pages are open: the token is their key) through
 * {@link org.demarche.platform.security.ServiceAccessRules}.
 */
package org.demarche.platform.security;
