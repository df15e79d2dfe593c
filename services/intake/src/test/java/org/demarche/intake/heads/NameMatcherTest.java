package org.demarche.intake.heads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NameMatcherTest {

    private final NameMatcher shipped = new NameMatcher(ShippedHeadsOfState.read().stream()
            .filter(HeadOfState::active).toList());

    @Test
    void findsHeadsBySurnameInTheOrderTheTitleNamesThem() {
        assertThat(names("Macron – Aliyev")).containsExactly("Emmanuel Macron", "Ilham Aliyev");
        assertThat(names("Bilateral: Aliyev receives MACRON at the palace")).containsExactly("Ilham Aliyev",
                "Emmanuel Macron");
    }

    @Test
    void ignoresAccentsAndKnowsOtherSpellingsGivenAsAliases() {
        assertThat(names("Merz receives Erdogan")).containsExactly("Friedrich Merz", "Recep Tayyip Erdoğan");
        assertThat(names("Aliev – Pashinian talks")).containsExactly("Ilham Aliyev", "Nikol Pashinyan");
        assertThat(names("Lula and Xi")).containsExactly("Luiz Inácio Lula da Silva", "Xi Jinping");
    }

    @Test
    void matchesWholeWordsOnly() {
        assertThat(names("Macronomics seminar")).isEmpty();
        assertThat(names("Xiamen trade fair")).isEmpty();
    }

    @Test
    void leavesOutRetiredEntries() {
        assertThat(names("Scholz – Macron")).containsExactly("Emmanuel Macron");
    }

    @Test
    void refusesToGuessBetweenTwoHeadsSharingASurnameUnlessTheFullNameIsGiven() {
        NameMatcher matcher = new NameMatcher(List.of(
                new HeadOfState("a", "Ana Costa", "Prime Minister", "PT", List.of(), true),
                new HeadOfState("b", "Rui Costa", "President", "BR", List.of(), true),
                new HeadOfState("c", "Emmanuel Macron", "President", "FR", List.of(), true)));

        assertThat(matcher.find("Costa – Macron")).extracting(HeadOfState::id).containsExactly("c");
        assertThat(matcher.find("Rui Costa – Macron")).extracting(HeadOfState::id).containsExactly("b", "c");
    }

    private List<String> names(String text) {
        return shipped.find(text).stream().map(HeadOfState::name).toList();
    }
}
