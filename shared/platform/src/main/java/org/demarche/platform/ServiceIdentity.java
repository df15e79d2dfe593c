package org.demarche.platform;

/**
 * The name a service goes by on the wire: the CloudEvents {@code ce_source} of what it publishes
 * and the consumer name under which it records what it has processed.
 *
 * @param name the service's {@code spring.application.name}, e.g. {@code intake}
 */
public record ServiceIdentity(String name) {

    public ServiceIdentity {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("spring.application.name must be set: it names the service on the wire");
        }
    }

    /** The CloudEvents source URI-reference of this service's events. */
    public String eventSource() {
        return "/demarche/" + name;
    }
}
