package org.demarche.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.test.context.ContextCustomizerFactory;

class RealInfrastructureContextCustomizerFactoryTest {

    private final RealInfrastructureContextCustomizerFactory factory = new RealInfrastructureContextCustomizerFactory();

    @Test
    void isRegisteredWithSpringsTestContextFramework() {
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(ContextCustomizerFactory.class))
                .hasAtLeastOneElementOfType(RealInfrastructureContextCustomizerFactory.class);
    }

    @Test
    void leavesTestClassesWithoutTheAnnotationAlone() {
        assertThat(factory.createContextCustomizer(Unannotated.class, List.of())).isNull();
    }

    @Test
    void customizesAnnotatedClassesTheirSubclassesAndTheirNestedClasses() {
        assertThat(factory.createContextCustomizer(Annotated.class, List.of())).isNotNull();
        assertThat(factory.createContextCustomizer(Subclass.class, List.of())).isNotNull();
        assertThat(factory.createContextCustomizer(Annotated.Inner.class, List.of())).isNotNull();
    }

    @Test
    void givesEachTestClassAContextOfItsOwn() {
        assertThat(factory.createContextCustomizer(Annotated.class, List.of()))
                .isEqualTo(factory.createContextCustomizer(Annotated.class, List.of()))
                .hasSameHashCodeAs(factory.createContextCustomizer(Annotated.class, List.of()))
                .isNotEqualTo(factory.createContextCustomizer(Subclass.class, List.of()))
                .isNotEqualTo(factory.createContextCustomizer(Annotated.Inner.class, List.of()));
    }

    static class Unannotated {
    }

    @RealInfrastructure
    static class Annotated {

        @Nested
        class Inner {
        }
    }

    static class Subclass extends Annotated {
    }
}
