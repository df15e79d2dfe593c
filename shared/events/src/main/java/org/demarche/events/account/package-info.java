/**
 * The people who may use Démarche's pages and APIs. An administrator manages them on the
 * dashboard; every service keeps its own copy of the accounts from these events, so that the same
 * credentials open every service without one service asking another at each request.
 */
package org.demarche.events.account;
