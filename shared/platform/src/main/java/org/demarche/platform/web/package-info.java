/**
 * The one way services answer bad input over HTTP: RFC 9457 problem details
 * ({@code application/problem+json}) that name each offending field.
 */
package org.demarche.platform.web;
