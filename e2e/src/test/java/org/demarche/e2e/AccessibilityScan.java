package org.demarche.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/**
 * Runs Deque's axe-core rules for WCAG 2.1 A and AA inside the page a browser shows, as a
 * screen-reader and keyboard user's first line of defence. Every finding is printed; serious and
 * critical ones fail the test.
 */
final class AccessibilityScan {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private AccessibilityScan() {
    }

    static void assertAccessible(WebDriver browser, String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        List<Rule> violations = results.getViolations();
        String report = violations.stream().map(rule -> "  " + rule.getImpact() + " " + rule.getId() + ": "
                        + rule.getHelp() + rule.getNodes().stream().map(node -> "\n      " + node.getHtml())
                        .limit(3).collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
        System.out.printf("[a11y] %s: %d rules passed, %d violated%s%n", page, results.getPasses().size(),
                violations.size(), violations.isEmpty() ? "" : "\n" + report);
        assertThat(violations).as("serious or critical accessibility violations on %s:%n%s", page, report)
                .noneMatch(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()));
    }
}
