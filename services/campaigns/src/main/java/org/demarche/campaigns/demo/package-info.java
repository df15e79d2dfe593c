/**
 * Demo data: with {@code demarche.demo.enabled}, the registry is seeded with the reference case
 * (the 2018 open letter to President Macron about Ilgar Mammadov) so a newcomer sees a live
 * campaign as soon as intake announces the demo meeting.
 */
package org.demarche.campaigns.demo;
