package org.demarche.platform.page;

import java.util.List;

import org.demarche.platform.security.Role;

/**
 * The areas of the product, in the order the navigation shows them, each with the service that
 * serves it, its address there, the least role that may use it, and the paths of that service that
 * belong to it (for marking the current one).
 */
public enum Area {

    DASHBOARD("dashboard", "/", Role.LEAD, List.of("/", "/campaigns")),
    MEETINGS("intake", "/meetings", Role.LEAD, List.of("/", "/meetings")),
    IMPORTS("intake", "/imports", Role.COORDINATOR, List.of("/imports")),
    CAMPAIGNS("campaigns", "/campaigns", Role.LEAD, List.of("/", "/campaigns")),
    REGISTRY("campaigns", "/registry", Role.LEAD, List.of("/registry", "/case-file")),
    USERS("dashboard", "/users", Role.ADMIN, List.of("/users")),
    AUDIT("dashboard", "/audit", Role.LEAD, List.of("/audit"));

    private final String service;
    private final String path;
    private final Role leastRole;
    private final List<String> paths;

    Area(String service, String path, Role leastRole, List<String> paths) {
        this.service = service;
        this.path = path;
        this.leastRole = leastRole;
        this.paths = paths;
    }

    public String service() {
        return service;
    }

    public String path() {
        return path;
    }

    public Role leastRole() {
        return leastRole;
    }

    /** The key of its name in the chrome's words, e.g. {@code area.meetings}. */
    public String key() {
        return "area." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether a page of {@code service} at {@code path} is in this area: "/" only itself, others their subtree. */
    boolean contains(String service, String path) {
        return this.service.equals(service) && paths.stream().anyMatch(own -> own.equals("/")
                ? path.equals("/") || path.isEmpty()
                : path.equals(own) || path.startsWith(own + "/"));
    }
}
