package org.demarche.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.domain.Source;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The rules that keep a service's features apart, the way {@code ServiceBoundaries} keeps the
 * services apart. A feature is a package directly under the service's package
 * ({@code org.demarche.campaigns.registry}, with everything below it); the service's own package is
 * one more, holding the application and its properties. Three rules:
 *
 * <ol>
 *   <li><b>No cycles</b> between features: if {@code campaign} uses {@code registry}, nothing in
 *       {@code registry} uses {@code campaign}, however indirectly. A cycle is broken by moving the
 *       type that makes the edge to the feature that owns it, or by an interface or an event, not by
 *       an exception to the rule.</li>
 *   <li><b>Only public parts</b>: a feature uses another's public types and public members only.
 *       Java mostly says so already; this also refuses protected members reached by inheritance.</li>
 *   <li><b>Package-private by default</b>: a public type of a feature is used from outside its
 *       package (by the service's code or its tests). One that is not is the feature's internals,
 *       and says so by being package-private. Types public for a framework that creates them by
 *       name are named as exceptions, with the reason beside them; so are types another package
 *       uses only through a constant, which the compiler copies there and leaves no trace of. A
 *       class of nothing but constants is left alone for that reason.</li>
 * </ol>
 *
 * Each service states them in one test:
 *
 * <pre>{@code
 * @Test
 * void featuresKeepTheirBoundaries() {
 *     FeatureBoundaries.assertFeaturesKeepTheirBoundaries("org.demarche.intake");
 * }
 * }</pre>
 */
public final class FeatureBoundaries {

    private static final String ROOT_SLICE = "(service)";

    private FeatureBoundaries() {
    }

    /**
     * Checks the service's production classes on the class path against all three rules; its test
     * classes count as users of public types.
     *
     * @param basePackage the service's package, e.g. {@code org.demarche.campaigns}
     * @param keptPublic  types that stay public though the bytecode shows no use outside their package
     *                    (a framework creates them by name, another package reads only their constants),
     *                    each with the reason beside it
     * @throws AssertionError naming every violation of every rule
     */
    public static void assertFeaturesKeepTheirBoundaries(String basePackage, Class<?>... keptPublic) {
        // the service's own classes are all the rules look into: not resolving the libraries they use keeps it fast
        JavaClasses all = ArchConfiguration.withThreadLocalScope(configuration -> {
            configuration.setResolveMissingDependenciesFromClassPath(false);
            return new ClassFileImporter().importPackages(basePackage);
        });
        JavaClasses production = all.that(isProductionCode());
        List<String> failures = new ArrayList<>();
        report(featuresAreFreeOfCycles(basePackage).evaluate(production), failures);
        report(featuresUseOnlyEachOthersPublicParts(basePackage).evaluate(production), failures);
        report(publicTypesAreUsedOutsideTheirPackage(basePackage, keptPublic).evaluate(all), failures);
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join(System.lineSeparator() + System.lineSeparator(), failures));
        }
    }

    /** Rule 1: the features, and the service's own package, depend on each other without cycles. */
    public static ArchRule featuresAreFreeOfCycles(String basePackage) {
        return slices().assignedFrom(featuresOf(basePackage))
                .should().beFreeOfCycles()
                .because("a feature that uses another is never used by it, however indirectly; move the type that "
                        + "makes the edge to the feature that owns it, or let an interface or an event carry it");
    }

    /** Rule 2: a feature uses only the public types and public members of another. */
    public static ArchRule featuresUseOnlyEachOthersPublicParts(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + "..")
                .should(useNonPublicPartsOfAnotherFeature(basePackage))
                .because("a feature's public types and members are what it offers; the rest is its own");
    }

    /**
     * Rule 3: every public type of a feature is used from outside its package. Checks the
     * production classes it is given; the other classes given (tests) count as users.
     */
    public static ArchRule publicTypesAreUsedOutsideTheirPackage(String basePackage, Class<?>... keptPublic) {
        return publicTypesAreUsedOutsideTheirPackage(basePackage, isProductionCode(),
                Arrays.stream(keptPublic).map(Class::getName).collect(Collectors.toSet()));
    }

    /** @param checked which of the classes the rule is about; the others only count as users */
    static ArchRule publicTypesAreUsedOutsideTheirPackage(String basePackage, DescribedPredicate<? super JavaClass> checked,
                                                          Set<String> exempt) {
        return classes().that().resideInAPackage(basePackage + "..")
                .and().arePublic().and().areTopLevelClasses()
                .and(checked)
                .and(DescribedPredicate.describe("are not the application or named to stay public",
                        (JavaClass type) -> !exempt.contains(type.getName())
                                && !type.isAnnotatedWith("org.springframework.boot.autoconfigure.SpringBootApplication")))
                .should(beUsedOutsideTheirPackage())
                .because("a type nothing outside its package uses is its feature's internals: package-private by default")
                .allowEmptyShould(true);
    }

    private static SliceAssignment featuresOf(String basePackage) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String feature = featureOf(basePackage, javaClass);
                return feature == null ? SliceIdentifier.ignore() : SliceIdentifier.of(feature);
            }

            @Override
            public String getDescription() {
                return "the features of " + basePackage;
            }
        };
    }

    /** The feature's name, {@value #ROOT_SLICE} for the service's own package, null outside the service. */
    static String featureOf(String basePackage, JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (name.equals(basePackage)) {
            return ROOT_SLICE;
        }
        if (!name.startsWith(basePackage + ".")) {
            return null;
        }
        String rest = name.substring(basePackage.length() + 1);
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    }

    private static ArchCondition<JavaClass> useNonPublicPartsOfAnotherFeature(String basePackage) {
        return new ArchCondition<>("use a non-public type or member of another feature") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String feature = featureOf(basePackage, origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    String other = featureOf(basePackage, target);
                    if (other != null && !other.equals(feature) && !reachable(target)) {
                        events.add(SimpleConditionEvent.satisfied(origin, dependency.getDescription()
                                + " (" + target.getName() + " is not public)"));
                    }
                }
                for (JavaAccess<?> access : origin.getAccessesFromSelf()) {
                    // the member's own class: an inherited method is called on the subclass
                    Optional<? extends JavaMember> member = access.getTarget().resolveMember();
                    String other = member.map(found -> featureOf(basePackage, found.getOwner())).orElse(null);
                    if (other != null && !other.equals(feature)
                            && !member.get().getModifiers().contains(JavaModifier.PUBLIC)) {
                        events.add(SimpleConditionEvent.satisfied(origin, access.getDescription()
                                + " (" + member.get().getFullName() + " is not public)"));
                    }
                }
            }
        };
    }

    /** Public, and so is every class it is nested in. */
    private static boolean reachable(JavaClass type) {
        for (JavaClass at = type; at != null; at = at.getEnclosingClass().orElse(null)) {
            if (!at.getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    private static ArchCondition<JavaClass> beUsedOutsideTheirPackage() {
        return new ArchCondition<>("be used outside their package") {

            /** Caught exceptions are no dependencies to ArchUnit: by type name, the packages that catch it. */
            private Map<String, Set<String>> catchers;
            private JavaPackage cachedFor;

            @Override
            public void check(JavaClass type, ConditionEvents events) {
                JavaPackage root = rootOf(type);
                if (root != cachedFor) {
                    catchers = catchersIn(root);
                    cachedFor = root;
                }
                boolean caught = catchers.getOrDefault(type.getName(), Set.of()).stream()
                        .anyMatch(catcher -> !catcher.equals(type.getPackageName()));
                boolean used = caught || onlyConstants(type) || usedOutsideItsPackage(type, type)
                        || nestedTypesUsedOutside(type);
                events.add(new SimpleConditionEvent(type, used, type.getName() + " is public, but nothing outside "
                        + type.getPackageName() + " uses it (if another package reads only a constant it declares, "
                        + "which the compiler copies there, name it among the exceptions)"));
            }
        };
    }

    /**
     * A class that offers nothing but constants, such as a list of statuses: the compiler copies
     * them where they are read, so whether another package reads them is beyond the bytecode.
     */
    private static boolean onlyConstants(JavaClass type) {
        boolean constants = type.getFields().stream().anyMatch(FeatureBoundaries::isConstant);
        boolean more = type.getMembers().stream()
                .filter(member -> member.getModifiers().contains(JavaModifier.PUBLIC))
                .anyMatch(member -> !(member instanceof JavaField field && isConstant(field)));
        return constants && !more;
    }

    private static boolean isConstant(JavaField field) {
        JavaClass fieldType = field.getRawType();
        return field.getModifiers().containsAll(Set.of(JavaModifier.PUBLIC, JavaModifier.STATIC, JavaModifier.FINAL))
                && (fieldType.isPrimitive() || fieldType.getName().equals(String.class.getName()));
    }

    private static JavaPackage rootOf(JavaClass any) {
        JavaPackage root = any.getPackage();
        while (root.getParent().isPresent()) {
            root = root.getParent().get();
        }
        return root;
    }

    private static Map<String, Set<String>> catchersIn(JavaPackage root) {
        Map<String, Set<String>> catchers = new HashMap<>();
        for (JavaClass javaClass : root.getClassesInPackageTree()) {
            for (JavaCodeUnit codeUnit : javaClass.getCodeUnits()) {
                for (TryCatchBlock block : codeUnit.getTryCatchBlocks()) {
                    for (JavaClass caught : block.getCaughtThrowables()) {
                        catchers.computeIfAbsent(caught.getName(), name -> new HashSet<>()).add(javaClass.getPackageName());
                    }
                }
            }
        }
        return catchers;
    }

    /** {@code ReviewQueue.Decision} used elsewhere needs {@code ReviewQueue} public too. */
    private static boolean nestedTypesUsedOutside(JavaClass type) {
        for (JavaClass nested : type.getPackage().getClasses()) {
            if (enclosedBy(nested, type) && usedOutsideItsPackage(nested, type)) {
                return true;
            }
        }
        return false;
    }

    private static boolean usedOutsideItsPackage(JavaClass used, JavaClass topLevel) {
        return used.getDirectDependenciesToSelf().stream()
                .anyMatch(dependency -> !dependency.getOriginClass().getPackageName().equals(topLevel.getPackageName()));
    }

    private static boolean enclosedBy(JavaClass nested, JavaClass outer) {
        for (JavaClass at = nested.getEnclosingClass().orElse(null); at != null; at = at.getEnclosingClass().orElse(null)) {
            if (at.equals(outer)) {
                return true;
            }
        }
        return false;
    }

    private static DescribedPredicate<JavaClass> isProductionCode() {
        ImportOption production = new ImportOption.DoNotIncludeTests();
        return DescribedPredicate.describe("are production code", (JavaClass type) -> type.getSource()
                .map(Source::getUri).map(Location::of).map(production::includes).orElse(true));
    }

    private static void report(EvaluationResult result, List<String> failures) {
        if (result.hasViolation()) {
            failures.add(result.getFailureReport().toString());
        }
    }
}
