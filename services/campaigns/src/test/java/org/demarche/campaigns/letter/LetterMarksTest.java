package org.demarche.campaigns.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The draft mark and the signature images' text, in every language there are templates for and those partners read. */
class LetterMarksTest {

    private static final ClassLoader LOADER = LetterMarksTest.class.getClassLoader();

    @Test
    void marksADraftInEachLanguage() {
        LetterMarks marks = LetterMarks.load(LOADER, List.of("en", "fr"));

        assertThat(marks.draft("en")).isEqualTo("DRAFT");
        assertThat(marks.draft("fr")).isEqualTo("PROJET");
        assertThat(marks.draft("ru")).isEqualTo("ПРОЕКТ");
        assertThat(marks.draft("az")).isEqualTo("LAYİHƏ");
        assertThat(marks.signatureOf("fr", "Rasul Jafarov")).isEqualTo("Signature de Rasul Jafarov");
        assertThat(marks.signatureOf("ru", "Расул Джафаров")).isEqualTo("Подпись: Расул Джафаров");
        assertThat(marks.description("fr", "Human Rights Club")).contains("Lettre ouverte signée par Human Rights Club");
        assertThat(marks.description("fr", "")).isEmpty();
    }

    @Test
    void hasARowForEveryLanguageThereAreTemplatesFor() {
        var languages = LetterComposer.templateLanguages(LOADER, LetterComposer.TEMPLATE_ROOT);

        assertThat(languages).contains("en", "fr");
        LetterMarks marks = LetterMarks.load(LOADER, languages);
        languages.forEach(language -> assertThat(marks.draft(language)).as(language).isNotBlank());
    }

    @Test
    void stopsTheStartForATemplateLanguageWithoutMarks() {
        assertThatThrownBy(() -> LetterMarks.load(LOADER, List.of("en", "fr", "de")))
                .isInstanceOf(LetterTemplateException.class)
                .hasMessage("letter/marks.txt: no row for de, in which there are letter templates");
    }
}
