package org.demarche.campaigns.registry;

/** A person whose release or rights the campaign asks for; status {@code open} or {@code closed}. */
public record RegisteredCase(String id, String country, String person, String description, String status) {

    public boolean open() {
        return "open".equals(status);
    }
}
