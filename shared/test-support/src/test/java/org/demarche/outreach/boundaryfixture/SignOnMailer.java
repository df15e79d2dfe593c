package org.demarche.outreach.boundaryfixture;

import org.demarche.events.Topics;

/** Uses only the shared events and its own service, as services should (ServiceBoundariesTest). */
public class SignOnMailer {

    private final SignOnPage page = new SignOnPage();

    public String listensTo() {
        return Topics.OUTREACH + page.path();
    }
}
