package org.demarche.platform.security;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * One sign-in for every service's pages: after a person signs in on any service, a cookie signed
 * with the secret all services share ({@code demarche.login.cookie-secret}) says who they are, and
 * every service on the same host accepts it. Browsers share cookies across the ports of one host,
 * and in production the services sit under one domain. The cookie is HttpOnly, SameSite=Lax (a link
 * from an email or another site opens the page signed in; no other site's form or script can send it)
 * and expires; signing out anywhere removes it everywhere.
 *
 * <p>An account's cookie is checked against the account at every request, so a removed or locked
 * account, or changed roles, take effect at once; a person signed in through an OpenID Connect
 * provider keeps the provider's roles until the cookie expires.
 */
public class SignedInCookie implements SecurityContextRepository {

    public static final String NAME = "DEMARCHE_SIGNED_IN";
    private static final String ROLES = "roles";
    private static final String SOURCE = "src";
    private static final String FROM_PROVIDER = "oidc";

    private final byte[] secret;
    private final LoginProperties properties;
    private final DemarcheUsers users;
    private final Clock clock;

    public SignedInCookie(LoginProperties properties, DemarcheUsers users, Clock clock) {
        this.secret = properties.cookieSecret().getBytes(StandardCharsets.UTF_8);
        this.properties = properties;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return new DeferredSecurityContext() {
            private SecurityContext context;

            @Override
            public SecurityContext get() {
                if (context == null) {
                    context = SecurityContextHolder.createEmptyContext();
                    Authentication signedIn = read(request);
                    if (signedIn != null) {
                        context.setAuthentication(signedIn);
                    }
                }
                return context;
            }

            /** Without a valid cookie, the empty context is generated here: let the next repository try. */
            @Override
            public boolean isGenerated() {
                return get().getAuthentication() == null;
            }
        };
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(org.springframework.security.web.context.HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = context.getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            if (containsContext(request)) {
                write(response, request, "", java.time.Duration.ZERO);
            }
            return;
        }
        write(response, request, issue(authentication), properties.cookieLifetime());
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return value(request) != null;
    }

    private String issue(Authentication authentication) {
        Instant now = clock.instant();
        List<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(name -> name.startsWith("ROLE_")).toList();
        var claims = new JWTClaimsSet.Builder()
                .subject(authentication.getName())
                .claim(ROLES, roles)
                .claim(SOURCE, authentication instanceof OAuth2AuthenticationToken ? FROM_PROVIDER : "account")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(properties.cookieLifetime())))
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign the sign-in cookie", e);
        }
    }

    private Authentication read(HttpServletRequest request) {
        String value = value(request);
        if (value == null) {
            return null;
        }
        try {
            SignedJWT jwt = SignedJWT.parse(value);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(secret))) {
                return null;
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (claims.getExpirationTime() == null || !clock.instant().isBefore(claims.getExpirationTime().toInstant())) {
                return null;
            }
            if (FROM_PROVIDER.equals(claims.getStringClaim(SOURCE))) {
                List<GrantedAuthority> roles = claims.getStringListClaim(ROLES).stream()
                        .map(name -> (GrantedAuthority) new SimpleGrantedAuthority(name)).toList();
                return UsernamePasswordAuthenticationToken.authenticated(claims.getSubject(), null, roles);
            }
            UserDetails account = users.loadUserByUsername(claims.getSubject());
            if (!account.isAccountNonLocked() || !account.isEnabled()) {
                return null;
            }
            return UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
        } catch (ParseException | JOSEException | UsernameNotFoundException e) {
            return null;
        }
    }

    private static String value(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                return cookie.getValue();
            }
        }
        return null;
    }

    private static void write(HttpServletResponse response, HttpServletRequest request, String value,
                              java.time.Duration maxAge) {
        response.addHeader("Set-Cookie", ResponseCookie.from(NAME, value)
                .path("/")
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .maxAge(maxAge)
                .build().toString());
    }
}
