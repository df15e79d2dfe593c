package org.demarche.campaigns.letter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** The composer and the renderer are beans that need no other bean. */
class LetterBeansTest {

    @Test
    void composesAndRendersAsSpringBeansOnTheirOwn() {
        try (var context = new AnnotationConfigApplicationContext(LetterComposer.class, LetterRenderer.class)) {
            Letter letter = context.getBean(LetterComposer.class).compose(ReferenceCase.referenceFacts());

            assertThat(context.getBean(LetterRenderer.class).render(letter).text()).contains("Dear President Macron,");
        }
    }
}
