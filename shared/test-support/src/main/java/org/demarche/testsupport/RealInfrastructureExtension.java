package org.demarche.testsupport;

import java.util.Arrays;
import java.util.Set;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The JUnit side of {@link RealInfrastructure}: before the class, chooses the
 * infrastructure (failing fast if there is none), creates the class's
 * database and empties the SMTP sink; after it, drops the database. Resolves
 * test parameters of type {@link KafkaEndpoint}, {@link TestDatabase} and
 * {@link SmtpSink}; the Kafka broker starts when first asked for.
 *
 * <p>A {@code @Nested} class shares the database of the class that encloses it
 * (JUnit's store is hierarchical); a subclass gets its own.
 *
 * <p>In a Spring test the {@link RealInfrastructureContextCustomizerFactory}
 * does that work instead, once per application context, and this extension
 * only hands out the context's beans, so a test sees one database, not two.
 */
public class RealInfrastructureExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RealInfrastructureExtension.class);
    private static final String DATABASE = "database";
    private static final Set<Class<?>> RESOLVED_TYPES = Set.of(KafkaEndpoint.class, TestDatabase.class, SmtpSink.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        // A test acts as a user (@WithMockUser) through a thread-bound security context; conditions
        // polled on Awaitility's own thread would call the service as nobody.
        org.awaitility.Awaitility.pollInSameThread();
        if (isSpringTest(context.getRequiredTestClass())) {
            return;
        }
        SharedInfrastructure.get().smtp().reset();
        database(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TestDatabase database = context.getStore(NAMESPACE).remove(DATABASE, TestDatabase.class);
        if (database != null) {
            SharedInfrastructure.get().dropDatabase(database);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return RESOLVED_TYPES.contains(parameterContext.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        if (isSpringTest(extensionContext.getRequiredTestClass())) {
            return SpringExtension.getApplicationContext(extensionContext).getBean(type);
        }
        if (type == TestDatabase.class) {
            return database(extensionContext);
        }
        return type == KafkaEndpoint.class ? SharedInfrastructure.get().kafka() : SharedInfrastructure.get().smtp();
    }

    /** The class's database, created on first need: before the class, or earlier for constructor injection. */
    private static TestDatabase database(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().orElseThrow();
        }
        Class<?> testClass = classContext.getRequiredTestClass();
        return classContext.getStore(NAMESPACE).computeIfAbsent(DATABASE,
                key -> SharedInfrastructure.get().createDatabase(testClass), TestDatabase.class);
    }

    /** Spring's extension is registered on the class, a superclass or an enclosing class, directly or through an annotation. */
    static boolean isSpringTest(Class<?> testClass) {
        for (Class<?> candidate = testClass; candidate != null; candidate = candidate.getEnclosingClass()) {
            boolean extendedWithSpring = AnnotationSupport.findRepeatableAnnotations(candidate, ExtendWith.class).stream()
                    .flatMap(extendWith -> Arrays.stream(extendWith.value()))
                    .anyMatch(SpringExtension.class::equals);
            if (extendedWithSpring) {
                return true;
            }
        }
        return false;
    }
}
