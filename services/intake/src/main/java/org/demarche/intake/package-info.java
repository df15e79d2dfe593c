/**
 * The intake service: where coordinators' input (forms, API calls, later calendar feeds and court
 * importers) is checked and turned into events on {@code demarche.meetings.v1},
 * {@code demarche.rulings.v1} and {@code demarche.resolutions.v1}.
 */
package org.demarche.intake;
