package org.demarche.platform.page;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import org.demarche.platform.security.Role;

/**
 * The links between the areas of all four services, as one person sees them: only the areas their
 * role may use, the one they are in marked, an area of this service by its path and one of another
 * service by that service's address ({@code demarche.web.service-urls.*}).
 */
public final class Navigation {

    static final String WORDS = "org.demarche.platform.page.chrome";

    /**
     * One link of the navigation.
     *
     * @param area    the area's name in lower case, e.g. {@code meetings} (templates and tests key on it)
     * @param current whether the page shown is in this area
     */
    public record Link(String area, String label, String href, boolean current) {
    }

    private final String service;
    private final WebProperties.ServiceUrls urls;

    /** @param service this service's {@code spring.application.name} */
    public Navigation(String service, WebProperties.ServiceUrls urls) {
        this.service = service;
        this.urls = urls;
    }

    /** The links for a person of this role (none when nobody is signed in) on the page at {@code path}. */
    public List<Link> links(Optional<Role> role, String path, Locale locale) {
        if (role.isEmpty()) {
            return List.of();
        }
        ResourceBundle words = words(locale);
        return Arrays.stream(Area.values())
                .filter(area -> role.get().includes(area.leastRole()))
                .map(area -> new Link(area.name().toLowerCase(Locale.ROOT), words.getString(area.key()), href(area),
                        area.contains(service, path)))
                .toList();
    }

    private String href(Area area) {
        return area.service().equals(service) ? area.path() : urls.of(area.service()) + area.path();
    }

    /** The chrome's words in a language, English for those it has none in (never the server's). */
    static ResourceBundle words(Locale locale) {
        return ResourceBundle.getBundle(WORDS, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
