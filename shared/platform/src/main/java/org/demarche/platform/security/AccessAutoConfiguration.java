package org.demarche.platform.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * One security setup for every service: who may call what, how people sign in, which headers
 * every answer carries. Comes before Boot's own security auto-configuration, which then backs off.
 *
 * <p>The APIs ({@code /api/**}) are for scripts with HTTP Basic and for the pages' own reads; they
 * answer 401/403 as problem details and skip CSRF tokens, which a script cannot have — a browser
 * never sends the session cookie with a request from another site but a top-level GET, which changes
 * nothing (SameSite=Lax, set by each service).
 * Actuator's endpoints other than health and info ({@code /actuator/prometheus}) are for an
 * administrator's scraper with HTTP Basic, and answer like the APIs.
 * The pages sign in with a form, with CSRF tokens and a new session id after sign-in.
 *
 * <p>Who the people are (accounts, passwords, lockout) is {@link AccountsAutoConfiguration}'s, kept
 * apart so that a {@code @WebMvcTest} slice gets these very rules, sign-in page and 403 page without a
 * database (both are listed for {@code AutoConfigureWebMvc}, the accounts are not).
 */
@AutoConfiguration(before = {SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        ManagementWebSecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(OidcProperties.class)
@EnableWebSecurity
public class AccessAutoConfiguration {

    /**
     * Open in every service: health for orchestrators, the sign-in page, static files (the platform's
     * stylesheet under {@code /demarche/}), and the API
     * description with its browser (it describes the calls; each call still asks for its role).
     */
    static final String[] ALWAYS_OPEN = {"/actuator/health", "/actuator/health/**", "/actuator/info", "/error",
            "/login", "/demarche/**", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain demarcheSecurity(HttpSecurity http, ObjectProvider<ServiceAccessRules> serviceRules,
                                         ObjectProvider<ClientRegistrationRepository> oidcClients,
                                         ObjectProvider<JwtDecoder> bearerTokens, ProviderRoles providerRoles,
                                         ObjectProvider<SignedInCookie> signedInCookie,
                                         ObjectProvider<LocaleResolver> languages)
            throws Exception {
        List<ServiceAccessRules> services = serviceRules.orderedStream().toList();
        List<String> open = new ArrayList<>();
        services.forEach(rules -> open.addAll(rules.openPaths()));
        // scripts and scrapers: answered 401/403 as problem details, not sent to the sign-in page
        RequestMatcher api = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"));

        http.authorizeHttpRequests(rules -> {
            rules.requestMatchers(ALWAYS_OPEN).permitAll();
            services.forEach(service -> service.authorize(rules));
            if (!open.isEmpty()) {
                rules.requestMatchers(open.toArray(String[]::new)).permitAll();
            }
            rules.requestMatchers("/api/users", "/api/users/**").hasRole(Role.ADMIN.name());
            rules.requestMatchers("/api/dead-letters", "/api/dead-letters/**").hasRole(Role.ADMIN.name());
            // metrics (/actuator/prometheus) and whatever else Actuator exposes besides health and info
            rules.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name());
            rules.requestMatchers(HttpMethod.GET, "/**").hasRole(Role.LEAD.name());
            rules.requestMatchers(HttpMethod.HEAD, "/**").hasRole(Role.LEAD.name());
            rules.anyRequest().hasRole(Role.COORDINATOR.name());
        });
        http.httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized()));
        http.formLogin(form -> form.loginPage("/login").permitAll()); // SignInPage: in the page language
        http.logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        SignedInCookie cookie = signedInCookie.getIfAvailable();
        if (cookie != null) {
            // one sign-in for every service's pages; within a request (forwards, errors) the attribute keeps it
            http.securityContext(context -> context.securityContextRepository(new DelegatingSecurityContextRepository(
                    cookie, new RequestAttributeSecurityContextRepository())));
        }
        if (oidcClients.getIfAvailable() != null) {
            // spring.security.oauth2.client.registration.* set: the sign-in page offers the provider too
            http.oauth2Login(login -> login.loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(providerRoles)));
        }
        if (bearerTokens.getIfAvailable() != null) {
            // spring.security.oauth2.resourceserver.jwt.issuer-uri set: scripts may send the provider's tokens
            JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
            tokens.setJwtGrantedAuthoritiesConverter(jwt -> providerRoles.fromClaims(jwt.getClaims()));
            http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(tokens)));
        }
        http.exceptionHandling(errors -> errors
                .defaultAuthenticationEntryPointFor(ProblemResponses.unauthorized(), api)
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), new NegatedRequestMatcher(api))
                .defaultAccessDeniedHandlerFor(ProblemResponses.forbidden(), api)
                .defaultAccessDeniedHandlerFor(ProblemResponses.forbiddenPage(languages), new NegatedRequestMatcher(api)));
        http.csrf(csrf -> {
            csrf.ignoringRequestMatchers(api);
            if (!open.isEmpty()) {
                csrf.ignoringRequestMatchers(open.toArray(String[]::new));
            }
        });
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .frameOptions(frames -> frames.deny()));
        return http.build();
    }

    @Bean
    ProviderRoles providerRoles(OidcProperties properties) {
        return new ProviderRoles(properties);
    }

    @Bean
    SignInPage signInPage(ObjectProvider<ClientRegistrationRepository> providers,
                          ObjectProvider<LocaleResolver> languages) {
        return new SignInPage(providers, languages);
    }

    /** ADMIN includes COORDINATOR, which includes LEAD; picked up by every role check. */
    @Bean
    static RoleHierarchy demarcheRoleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name()).implies(Role.COORDINATOR.name())
                .role(Role.COORDINATOR.name()).implies(Role.LEAD.name())
                .build();
    }
}
