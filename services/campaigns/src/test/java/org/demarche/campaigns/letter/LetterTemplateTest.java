package org.demarche.campaigns.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LetterTemplateTest {

    private static final Set<String> KNOWN = Set.of("person", "url", "month");

    @Test
    void fillsPlaceholdersWithFacts() {
        LetterTemplate template = parse("Free {person} now.");

        assertThat(template.fill(Map.of("person", "Ilgar Mammadov"))).contains("Free Ilgar Mammadov now.");
    }

    @Test
    void foldsLineBreaksAndRunsOfSpacesIntoOneSpace() {
        LetterTemplate template = parse("Free\n{person}   now,\n\n  please.\n");

        assertThat(template.fill(Map.of("person", "Ilgar Mammadov"))).contains("Free Ilgar Mammadov now, please.");
    }

    @Test
    void skipsCommentLines() {
        LetterTemplate template = parse("# {not a placeholder}\nFree {person}.\n  # indented comment\n");

        assertThat(template.fill(Map.of("person", "A"))).contains("Free A.");
    }

    @Test
    void leavesOutAnOptionalPassageWhoseFactIsMissing() {
        LetterTemplate template = parse("We wrote in {month}[ ({url})].");

        assertThat(template.fill(Map.of("month", "July 2017"))).contains("We wrote in July 2017.");
        assertThat(template.fill(Map.of("month", "July 2017", "url", "https://x.example")))
                .contains("We wrote in July 2017 (https://x.example).");
    }

    @Test
    void isAbsentWhenARequiredFactIsMissingOrBlank() {
        LetterTemplate template = parse("Free {person} now.");
        Map<String, String> blank = new HashMap<>();
        blank.put("person", "  ");

        assertThat(template.fill(Map.of())).isEmpty();
        assertThat(template.fill(blank)).isEmpty();
    }

    @Test
    void rejectsAnUnknownPlaceholderNamingFileAndLine() {
        assertThatThrownBy(() -> parse("# comment\nFree {person}\nin {city}."))
                .isInstanceOf(LetterTemplateException.class)
                .hasMessageStartingWith("test.txt:3: unknown placeholder {city}")
                .hasMessageContaining("{month} {person} {url}");
    }

    @Test
    void countsLinesFromTheGivenFirstLine() {
        assertThatThrownBy(() -> LetterTemplate.parse("language.properties", "Article {num}", 7, Set.of("number")))
                .hasMessageStartingWith("language.properties:7: unknown placeholder {num}");
    }

    @Test
    void rejectsMalformedTemplates() {
        assertThatThrownBy(() -> parse("Free {person now."))
                .hasMessageStartingWith("test.txt:1: '{' is never closed");
        assertThatThrownBy(() -> parse("Free {person\n} now."))
                .hasMessageStartingWith("test.txt:1: '{' is never closed");
        assertThatThrownBy(() -> parse("Free\nperson} now."))
                .hasMessageStartingWith("test.txt:2: '}' without a matching '{'");
        assertThatThrownBy(() -> parse("A [b [{url}]]"))
                .hasMessageStartingWith("test.txt:1: '[' inside an optional passage");
        assertThatThrownBy(() -> parse("A\n[ ({url})\n."))
                .hasMessageStartingWith("test.txt:2: '[' is never closed");
        assertThatThrownBy(() -> parse("A ] b"))
                .hasMessageStartingWith("test.txt:1: ']' without a matching '['");
        assertThatThrownBy(() -> parse("Sentence [sic] here."))
                .hasMessageStartingWith("test.txt:1: optional passage [...] without a {placeholder}");
        assertThatThrownBy(() -> parse("# only a comment\n"))
                .hasMessage("test.txt: the template is empty");
    }

    private static LetterTemplate parse(String text) {
        return LetterTemplate.parse("test.txt", text, 1, KNOWN);
    }
}
