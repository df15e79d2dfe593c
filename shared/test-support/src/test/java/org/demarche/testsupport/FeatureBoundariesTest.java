package org.demarche.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.demarche.testsupport.featurefixture.leaky.core.QuartzDelegate;
import org.junit.jupiter.api.Test;

class FeatureBoundariesTest {

    private static final String FIXTURES = "org.demarche.testsupport.featurefixture";
    private static final String CYCLIC = FIXTURES + ".cyclic";
    private static final String TIDY = FIXTURES + ".tidy";
    private static final String LEAKY = FIXTURES + ".leaky";

    @Test
    void reportsACycleBetweenFeaturesWithItsEdges() {
        EvaluationResult result = FeatureBoundaries.featuresAreFreeOfCycles(CYCLIC).evaluate(imported(CYCLIC));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString())
                .contains("meeting", "page", "calendar")
                .contains("ImportPage", "ReviewQueue")
                .contains("move the type that makes the edge");
    }

    @Test
    void acceptsFeaturesThatUseEachOtherOneWay() {
        JavaClasses tidy = imported(TIDY);

        assertThat(FeatureBoundaries.featuresAreFreeOfCycles(TIDY).evaluate(tidy).hasViolation()).isFalse();
        assertThat(FeatureBoundaries.featuresUseOnlyEachOthersPublicParts(TIDY).evaluate(tidy).hasViolation()).isFalse();
        assertThat(everyClass(TIDY, Set.of()).evaluate(tidy).hasViolation()).isFalse();
    }

    @Test
    void reportsAProtectedMemberReachedFromAnotherFeature() {
        EvaluationResult result = FeatureBoundaries.featuresUseOnlyEachOthersPublicParts(LEAKY).evaluate(imported(LEAKY));

        assertThat(result.getFailureReport().toString())
                .contains("Page.shown()")
                .contains("Base.internal() is not public");
    }

    @Test
    void reportsAPublicTypeThatNothingOutsideItsPackageUses() {
        EvaluationResult result = everyClass(LEAKY, Set.of()).evaluate(imported(LEAKY));

        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("Internals is public, but nothing outside"))
                .anySatisfy(line -> assertThat(line).contains("QuartzDelegate is public"))
                .noneSatisfy(line -> assertThat(line).contains("Base is public"))
                .noneSatisfy(line -> assertThat(line).contains("RefusedException"))
                .noneSatisfy(line -> assertThat(line).contains("Statuses"));
    }

    @Test
    void leavesPublicTheTypesNamedAsPublicForAFramework() {
        EvaluationResult result = everyClass(LEAKY, Set.of(QuartzDelegate.class.getName())).evaluate(imported(LEAKY));

        assertThat(result.getFailureReport().getDetails())
                .noneSatisfy(line -> assertThat(line).contains("QuartzDelegate"))
                .anySatisfy(line -> assertThat(line).contains("Internals"));
    }

    @Test
    void namesTheFeatureOfAClass() {
        JavaClasses classes = new ClassFileImporter().importClasses(FeatureBoundaries.class, QuartzDelegate.class);

        assertThat(FeatureBoundaries.featureOf(LEAKY, classes.get(QuartzDelegate.class))).isEqualTo("core");
        assertThat(FeatureBoundaries.featureOf(FIXTURES, classes.get(QuartzDelegate.class))).isEqualTo("leaky");
        assertThat(FeatureBoundaries.featureOf("org.demarche.testsupport", classes.get(FeatureBoundaries.class)))
                .isEqualTo("(service)");
        assertThat(FeatureBoundaries.featureOf(LEAKY, classes.get(FeatureBoundaries.class))).isNull();
    }

    @Test
    void checksTheProductionClassesOnTheClassPath() {
        // the fixtures are test classes, so the real check has no classes to check there, and says so
        assertThatThrownBy(() -> FeatureBoundaries.assertFeaturesKeepTheirBoundaries(LEAKY))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    private static JavaClasses imported(String basePackage) {
        return new ClassFileImporter().importPackages(basePackage);
    }

    /** Rule 3 about the fixtures, which are test classes and so not production code. */
    private static ArchRule everyClass(String basePackage, Set<String> exempt) {
        return FeatureBoundaries.publicTypesAreUsedOutsideTheirPackage(basePackage,
                DescribedPredicate.<JavaClass>alwaysTrue(), exempt);
    }
}
