package org.demarche.outreach.boundaryfixture;

/** An outreach class that outreach itself may use (ServiceBoundariesTest). */
public class SignOnPage {

    public String path() {
        return "/sign";
    }
}
