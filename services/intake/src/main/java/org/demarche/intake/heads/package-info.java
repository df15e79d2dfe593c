/**
 * The heads of state and government that calendar imports recognise as a meeting's participants:
 * a list shipped as data ({@code heads/heads-of-state.json}) that coordinators correct and extend
 * through {@code /api/heads}, the matching of names in an event's title and attendees against
 * it, and the country names that make an entry worth a coordinator's review when it names no
 * one the list knows.
 */
package org.demarche.intake.heads;
