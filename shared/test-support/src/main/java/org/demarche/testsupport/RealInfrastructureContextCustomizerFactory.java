package org.demarche.testsupport;

import java.util.List;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * The Spring side of {@link RealInfrastructure}, registered in
 * {@code META-INF/spring.factories}: gives each annotated test class (or
 * class nested in one) an application context of its own, wired to the
 * real infrastructure. See {@link RealInfrastructureContextCustomizer}.
 */
public class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return TestContextAnnotationUtils.hasAnnotation(testClass, RealInfrastructure.class)
                ? new RealInfrastructureContextCustomizer(testClass)
                : null;
    }
}
