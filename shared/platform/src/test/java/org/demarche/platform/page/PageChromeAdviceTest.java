package org.demarche.platform.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.demarche.platform.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

class PageChromeAdviceTest {

    private final PageChromeAdvice advice = new PageChromeAdvice(
            new Navigation("dashboard", new WebProperties.ServiceUrls("http://localhost:8080", "http://localhost:8081",
                    "http://localhost:8082", "http://localhost:8083")),
            new PageLanguages(List.of(Locale.ENGLISH, Locale.FRENCH)));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void offersThisVeryPageInEachLanguageItsFilterKept() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setQueryString("status=signing&lang=fr");

        PageChrome chrome = advice.chrome(request, Locale.FRENCH);

        assertThat(chrome.languages()).extracting(PageChrome.LanguageChoice::name).containsExactly("English", "Français");
        assertThat(chrome.languages()).extracting(PageChrome.LanguageChoice::href)
                .containsExactly("/?status=signing&lang=en", "/?status=signing&lang=fr");
        assertThat(chrome.languages()).extracting(PageChrome.LanguageChoice::current).containsExactly(false, true);
        assertThat(chrome.language()).isEqualTo("fr");
        assertThat(chrome.words().signOut()).isEqualTo("Se déconnecter");
    }

    @Test
    void saysWhoIsSignedInWhatTheyMaySeeAndWhetherTheyMayChangeThings() {
        signIn("lena", Role.LEAD);
        PageChrome lead = advice.chrome(new MockHttpServletRequest("GET", "/audit"), Locale.ENGLISH);
        signIn("cora", Role.COORDINATOR);
        PageChrome coordinator = advice.chrome(new MockHttpServletRequest("GET", "/"), Locale.ENGLISH);

        assertThat(lead.signedInAs()).isEqualTo("lena");
        assertThat(lead.mayChange()).isFalse();
        assertThat(lead.areas()).filteredOn(Navigation.Link::current).extracting(Navigation.Link::area).containsExactly("audit");
        assertThat(coordinator.mayChange()).isTrue();
        assertThat(coordinator.areas()).extracting(Navigation.Link::area).contains("imports").doesNotContain("users");
    }

    @Test
    void aStrangerGetsNoNavigationAndNoSignOut() {
        PageChrome chrome = advice.chrome(new MockHttpServletRequest("GET", "/"), Locale.ENGLISH);

        assertThat(chrome.signedInAs()).isNull();
        assertThat(chrome.areas()).isEmpty();
        assertThat(chrome.mayChange()).isFalse();
    }

    private static void signIn(String name, Role role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
    }
}
