/**
 * The one way services answer bad input over HTTP: RFC 9457 problem details
 * ({@code application/problem+json}) that name each offending field, and 503 with
 * {@code Retry-After} when the database is away.
 */
package org.demarche.platform.web;
