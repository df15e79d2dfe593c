/**
 * The one way services answer errors over HTTP: RFC 9457 problem details
 * ({@code application/problem+json}) whose {@code type} is {@code https://demarche.org/problems/<slug>}
 * ({@link org.demarche.platform.web.ProblemTypes}), that name each offending field of bad input, and
 * 503 with {@code Retry-After} when the database is away.
 */
package org.demarche.platform.web;
