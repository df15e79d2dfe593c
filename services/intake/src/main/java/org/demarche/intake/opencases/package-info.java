/**
 * The cases the registry (campaigns) has open, as far as intake needs them: the latest
 * CaseRegistered of each case id, learnt once per event from {@code demarche.registry.v1}, so that
 * the HUDOC watcher asks only about the states that have open cases.
 */
package org.demarche.intake.opencases;
