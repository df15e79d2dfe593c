/**
 * The campaign plan: how long before (or after) the meeting each deadline falls, as configured
 * with {@code demarche.timeline.*}.
 */
package org.demarche.campaigns.timeline;
