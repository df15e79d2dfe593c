/**
 * Demo data: with {@code demarche.demo.enabled}, a fresh intake enters the reference case's
 * rulings and resolutions and an upcoming Macron – Aliyev meeting a few days ahead, so a newcomer
 * sees a live campaign, its deadlines and its emails at once.
 */
package org.demarche.intake.demo;
