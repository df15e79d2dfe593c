/**
 * The dashboard service: it listens to campaigns, outreach and responses and keeps a read model
 * that answers leads' questions — which campaigns are live, how many days to each meeting, what
 * comes next, who has signed, which emails failed.
 */
package org.demarche.dashboard;
