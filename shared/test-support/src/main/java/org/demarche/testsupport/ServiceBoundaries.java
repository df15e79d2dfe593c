package org.demarche.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rule that keeps the services apart: a service's code never uses
 * another service's code. Services share only {@code org.demarche.events}
 * (and {@code org.demarche.platform}); they learn about each other through
 * Kafka. Each service states it in one test:
 *
 * <pre>{@code
 * @Test
 * void usesNoOtherServicesCode() {
 *     ServiceBoundaries.assertServiceImportsNoOtherService("org.demarche.intake");
 * }
 * }</pre>
 */
public final class ServiceBoundaries {

    static final List<String> SERVICES = List.of("intake", "campaigns", "outreach", "dashboard");
    private static final String ROOT = "org.demarche";

    private ServiceBoundaries() {
    }

    /**
     * Checks the production classes under {@code org.demarche} on the class path.
     *
     * @param basePackage the service's package, e.g. {@code org.demarche.intake}
     * @throws AssertionError naming each offending dependency, or when {@code basePackage} holds no classes
     */
    public static void assertServiceImportsNoOtherService(String basePackage) {
        // the rule reads only the names of the classes used: not resolving the libraries keeps it fast
        JavaClasses classes = ArchConfiguration.withThreadLocalScope(configuration -> {
            configuration.setResolveMissingDependenciesFromClassPath(false);
            return new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages(ROOT);
        });
        serviceImportsNoOtherService(basePackage).check(classes);
    }

    /** The rule itself, for {@code @ArchTest} fields or for checking other classes. */
    public static ArchRule serviceImportsNoOtherService(String basePackage) {
        String service = serviceOf(basePackage);
        String[] otherServices = SERVICES.stream()
                .filter(other -> !other.equals(service))
                .map(other -> ROOT + "." + other + "..")
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage(basePackage + "..")
                .should().dependOnClassesThat().resideInAnyPackage(otherServices)
                .because("services share only " + ROOT + ".events and " + ROOT + ".platform, "
                        + "and learn about each other through Kafka");
    }

    private static String serviceOf(String basePackage) {
        String prefix = ROOT + ".";
        String rest = basePackage.startsWith(prefix) ? basePackage.substring(prefix.length()) : "";
        String service = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        if (!SERVICES.contains(service)) {
            throw new IllegalArgumentException("'" + basePackage + "' is not in a service package; expected "
                    + ROOT + ".{" + String.join(",", SERVICES) + "}");
        }
        return service;
    }
}
