/**
 * The outreach service: it turns campaigns' requests on {@code demarche.outreach.v1} into emails
 * to partner organisations, serves their personal sign-on pages, and reports what happened on
 * {@code demarche.responses.v1}.
 */
package org.demarche.outreach;
