package org.demarche.campaigns.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reference letter (shared/product/reference-letter.md), in English and in French, compared
 * character for character with {@code src/test/resources/golden/reference-letter.<language>.txt}.
 *
 * <p>After an intended change to the templates or the composer, regenerate the files:
 * <pre>
 * ./mvnw -o -pl services/campaigns test -Dtest=GoldenLetterTest -Ddemarche.golden.update=true
 * </pre>
 * review them with {@code git diff}, and run the test again without the property. The updating run
 * fails on purpose, so that it is never taken for a passing one.
 */
class GoldenLetterTest {

    private static final LetterComposer composer = new LetterComposer();
    private static final LetterRenderer renderer = new LetterRenderer();
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "fr"})
    void writesTheReferenceLetterWordForWord(String language) throws IOException {
        ReferenceCase facts = ReferenceCase.referenceCase();
        if (language.equals("fr")) {
            facts.inFrench();
        }
        String text = renderer.text(composer.compose(facts.build()));
        Path golden = GOLDEN.resolve("reference-letter." + language + ".txt");

        if (Boolean.getBoolean("demarche.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, text, StandardCharsets.UTF_8);
            fail("Rewrote " + golden + "; review it with git diff, then run again without -Ddemarche.golden.update");
        }
        assertThat(golden).as("the golden file; see this test's comment to create it").exists();
        assertThat(text).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
