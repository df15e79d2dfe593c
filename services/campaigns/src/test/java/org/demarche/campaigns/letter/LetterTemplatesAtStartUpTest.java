package org.demarche.campaigns.letter;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Template problems stop the composer from being built, naming the file and line to fix. */
class LetterTemplatesAtStartUpTest {

    @Test
    void loadsTheShippedTemplates() {
        assertThatCode(LetterComposer::new).doesNotThrowAnyException();
    }

    @Test
    void failsNamingFileAndLineOfAnUnknownPlaceholder() {
        assertThatThrownBy(() -> new LetterComposer("letter-with-unknown-placeholder"))
                .isInstanceOf(LetterTemplateException.class)
                .hasMessageStartingWith(
                        "letter-with-unknown-placeholder/en/title.txt:3: unknown placeholder {meetingPlace}");
    }

    @Test
    void failsNamingAMissingTemplate() {
        assertThatThrownBy(() -> new LetterComposer("letter-with-missing-template"))
                .isInstanceOf(LetterTemplateException.class)
                .hasMessage("letter-with-missing-template/en/title.txt: not found on the class path");
    }

    @Test
    void failsNamingFileAndLineOfAnUnknownSetting() {
        assertThatThrownBy(() -> new LetterComposer("letter-with-unknown-setting"))
                .isInstanceOf(LetterTemplateException.class)
                .hasMessageStartingWith(
                        "letter-with-unknown-setting/en/language.properties:5: unknown key 'dateStyle'");
    }

    @Test
    void failsWhenThereIsNoEnglishTemplate() {
        assertThatThrownBy(() -> new LetterComposer("no-such-folder"))
                .isInstanceOf(LetterTemplateException.class)
                .hasMessage("no-such-folder/en/language.properties: not found on the class path");
    }
}
