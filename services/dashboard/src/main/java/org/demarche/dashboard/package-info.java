/**
 * The dashboard service: it listens to campaigns, outreach, responses and the meetings' moves and
 * keeps a read model that answers leads' questions — which campaigns are live, how many days to
 * each meeting, what comes next, who has signed, which emails failed — as JSON, as live
 * server-sent events and as server-rendered pages.
 */
package org.demarche.dashboard;
