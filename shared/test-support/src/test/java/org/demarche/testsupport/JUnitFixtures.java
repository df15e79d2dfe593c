package org.demarche.testsupport;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Arrays;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs fixture test classes from inside a test, so that the test can look at
 * what happened before and after them (a database dropped, a class failed).
 * Fixtures are static nested classes: Surefire and Failsafe leave those alone.
 */
final class JUnitFixtures {

    private JUnitFixtures() {
    }

    static TestExecutionSummary run(Class<?>... fixtures) {
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(Arrays.stream(fixtures).map(fixture -> selectClass(fixture)).toList())
                .build(), listener);
        return listener.getSummary();
    }
}
