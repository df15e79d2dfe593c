package org.demarche.platform.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.demarche.platform.security.Role;
import org.junit.jupiter.api.Test;

class NavigationTest {

    private static final WebProperties.ServiceUrls LOCAL = new WebProperties.ServiceUrls("http://localhost:8080/",
            "http://localhost:8081", "http://localhost:8082", "http://localhost:8083");

    private final Navigation intake = new Navigation("intake", LOCAL);

    @Test
    void aLeadSeesTheAreasThatShowThingsButNotImportsOrUsers() {
        assertThat(areas(intake, Role.LEAD)).containsExactly("dashboard", "meetings", "campaigns", "registry", "audit");
    }

    @Test
    void aCoordinatorAlsoSeesImports() {
        assertThat(areas(intake, Role.COORDINATOR))
                .containsExactly("dashboard", "meetings", "imports", "campaigns", "registry", "audit");
    }

    @Test
    void anAdministratorSeesEveryArea() {
        assertThat(areas(intake, Role.ADMIN))
                .containsExactly("dashboard", "meetings", "imports", "campaigns", "registry", "users", "audit");
    }

    @Test
    void nobodySignedInSeesNoNavigation() {
        assertThat(intake.links(Optional.empty(), "/login", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void linksStayInThisServiceByPathAndGoToAnotherByItsAddress() {
        assertThat(intake.links(Optional.of(Role.ADMIN), "/meetings", Locale.ENGLISH))
                .extracting(Navigation.Link::href)
                .containsExactly("http://localhost:8080/", "/meetings", "/imports", "http://localhost:8082/campaigns",
                        "http://localhost:8082/registry", "http://localhost:8080/users", "http://localhost:8080/audit");
        assertThat(new Navigation("campaigns", LOCAL).links(Optional.of(Role.LEAD), "/registry", Locale.ENGLISH))
                .extracting(Navigation.Link::href)
                .containsExactly("http://localhost:8080/", "http://localhost:8081/meetings", "/campaigns", "/registry",
                        "http://localhost:8080/audit");
    }

    @Test
    void marksTheAreaOfThePageShown() {
        assertThat(current(intake, "/meetings/0b9e/edit")).containsExactly("meetings");
        assertThat(current(intake, "/")).as("intake's home is its meetings' door").containsExactly("meetings");
        assertThat(current(intake, "/imports")).containsExactly("imports");
        assertThat(current(new Navigation("campaigns", LOCAL), "/case-file/held")).containsExactly("registry");
        assertThat(current(new Navigation("campaigns", LOCAL), "/campaigns/0b9e/drafts")).containsExactly("campaigns");
        assertThat(current(new Navigation("dashboard", LOCAL), "/campaigns/0b9e")).containsExactly("dashboard");
        assertThat(current(new Navigation("dashboard", LOCAL), "/users")).containsExactly("users");
        assertThat(current(new Navigation("dashboard", LOCAL), "/audit")).containsExactly("audit");
        assertThat(current(new Navigation("outreach", LOCAL), "/")).as("partners' pages are in no area").isEmpty();
        assertThat(current(intake, "/importsx")).as("a path only starting like an area's").isEmpty();
    }

    @Test
    void namesTheAreasInThePagesLanguage() {
        assertThat(intake.links(Optional.of(Role.ADMIN), "/", Locale.FRENCH)).extracting(Navigation.Link::label)
                .containsExactly("Tableau de bord", "Rencontres", "Imports", "Campagnes", "Registre", "Utilisateurs",
                        "Journal");
        assertThat(intake.links(Optional.of(Role.LEAD), "/", Locale.forLanguageTag("ru")))
                .as("partners' languages too").extracting(Navigation.Link::label)
                .startsWith("Сводка", "Встречи");
        assertThat(intake.links(Optional.of(Role.LEAD), "/", Locale.forLanguageTag("az")))
                .extracting(Navigation.Link::label).startsWith("İcmal", "Görüşlər");
        assertThat(intake.links(Optional.of(Role.LEAD), "/", Locale.GERMAN))
                .as("a language the header has no words in: English").extracting(Navigation.Link::label)
                .startsWith("Dashboard", "Meetings");
    }

    @Test
    void rolesIncludeTheOnesBelowThem() {
        assertThat(Role.highestOf(List.of("ROLE_LEAD", "ROLE_ADMIN"))).contains(Role.ADMIN);
        assertThat(Role.highestOf(List.of("SCOPE_read"))).isEmpty();
        assertThat(Role.ADMIN.includes(Role.LEAD)).isTrue();
        assertThat(Role.LEAD.includes(Role.COORDINATOR)).isFalse();
    }

    private static List<String> areas(Navigation navigation, Role role) {
        return navigation.links(Optional.of(role), "/", Locale.ENGLISH).stream().map(Navigation.Link::area).toList();
    }

    private static List<String> current(Navigation navigation, String path) {
        return navigation.links(Optional.of(Role.ADMIN), path, Locale.ENGLISH).stream()
                .filter(Navigation.Link::current).map(Navigation.Link::area).toList();
    }
}
