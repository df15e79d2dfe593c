package org.demarche.intake.meeting;

import java.util.List;

import org.demarche.platform.security.DemarcheUsers;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets a controller method take the {@link Coordinator} making the request as a parameter: the
 * signed-in person and their address (their account's, the configured administrator's, or their
 * OpenID Connect provider's), read once per request, on the request's own thread.
 */
@Configuration(proxyBeanMethods = false)
class SignedInCoordinator implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    static {
        // resolved here from the sign-in, never sent by the caller: not a parameter of the API description
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Coordinator.class);
    }

    private final DemarcheUsers users;

    SignedInCoordinator(DemarcheUsers users) {
        this.users = users;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Coordinator.class;
    }

    @Override
    public Coordinator resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                       NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    Coordinator of(Authentication signedIn) {
        if (signedIn == null || signedIn instanceof AnonymousAuthenticationToken || !signedIn.isAuthenticated()) {
            return Coordinator.NOBODY;
        }
        return new Coordinator(signedIn.getName(), users.emailOf(signedIn).orElse(null));
    }
}
