/**
 * The heads of state and government that calendar imports recognise as a meeting's participants:
 * a list shipped as data ({@code heads/heads-of-state.json}) that coordinators correct and extend
 * through {@code /api/heads}, and the matching of names in an event's title and attendees
 * against it.
 */
package org.demarche.intake.heads;
