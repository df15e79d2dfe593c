package org.demarche.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.demarche.platform.text.TextChanges.Kind;
import org.demarche.platform.text.TextChanges.Segment;
import org.junit.jupiter.api.Test;

class TextChangesTest {

    private static final ChangeLabels LABELS = new ChangeLabels("deleted:", "inserted:");

    @Test
    void aChangedWordIsOneDeletionFollowedByOneInsertionAndTheRestStaysPlain() {
        TextChanges changes = TextChanges.between("We urge you to free him.", "We urge you to release him.");

        assertThat(changes.segments()).containsExactly(
                new Segment(Kind.UNCHANGED, "We urge you to "),
                new Segment(Kind.DELETED, "free"),
                new Segment(Kind.INSERTED, "release"),
                new Segment(Kind.UNCHANGED, " him."));
        assertThat(changes.text()).isEqualTo("We urge you to [-free-]{+release+} him.");
        assertThat(changes.hasChanges()).isTrue();
    }

    @Test
    void anInsertedPhraseIsOneInsertionWithItsSpacesOutside() {
        assertThat(TextChanges.between("We urge you to act.", "We urge you strongly and publicly to act.").text())
                .isEqualTo("We urge you {+strongly and publicly+} to act.");
    }

    @Test
    void aDeletedSentenceIsDeletedWholeBetweenTheSentencesAroundIt() {
        TextChanges changes = TextChanges.between(
                "He was arrested in 2013. He was sentenced to seven years. He remains in prison.",
                "He was arrested in 2013. He remains in prison.");

        assertThat(changes.text())
                .isEqualTo("He was arrested in 2013. [-He was sentenced to seven years.-] He remains in prison.");
    }

    @Test
    void aRewordedPhraseReadsAsTheOldPhraseAndTheNewOneNotAPatchwork() {
        assertThat(TextChanges.between("We call on the President to free him.", "We ask the Government to free him.")
                .text()).isEqualTo("We [-call on the President-]{+ask the Government+} to free him.");
    }

    @Test
    void aRewordedAskShowsEachChangeWhereItIs() {
        String before = "We urge you to call on President Ilham Aliyev to release Ilgar Mammadov immediately and "
                + "unconditionally, together with everyone else imprisoned in Azerbaijan for exercising their rights.";
        String after = "We urge you to ask President Aliyev to release Ilgar Mammadov at once.";

        assertThat(TextChanges.between(before, after).text()).isEqualTo("We urge you to [-call on-]{+ask+} President "
                + "[-Ilham-] Aliyev to release Ilgar Mammadov [-immediately and unconditionally, together with everyone "
                + "else imprisoned in Azerbaijan for exercising their rights-]{+at once+}.");
    }

    @Test
    void anInsertionAfterAWordIsOneInsertionEvenWhenItStartsWithPunctuation() {
        assertThat(TextChanges.between("In its judgment of 22 May 2014 the Court found a violation.",
                "In its judgment of 22 May 2014, and again on 29 May 2019, the Court found a violation.").text())
                .isEqualTo("In its judgment of 22 May 2014{+, and again on 29 May 2019,+} the Court found a violation.");
    }

    @Test
    void punctuationChangesOnItsOwn() {
        assertThat(TextChanges.between("Free him, now.", "Free him now!").text())
                .isEqualTo("Free him[-,-] now[-.-]{+!+}");
    }

    @Test
    void frenchWordsKeepTheirApostrophesAndNonBreakingSpacesAreNoChange() {
        assertThat(WordTokens.of("l’État aujourd'hui Jean-Pierre\u00A0:"))
                .containsExactly("l’État", " ", "aujourd'hui", " ", "Jean-Pierre", "\u00A0", ":");

        TextChanges changes = TextChanges.between("Nous demandons à l’État de le libérer\u00A0: maintenant.",
                "Nous demandons à l’Assemblée de le libérer\u00A0: maintenant.");
        assertThat(changes.text())
                .isEqualTo("Nous demandons à [-l’État-]{+l’Assemblée+} de le libérer\u00A0: maintenant.");
        assertThat(TextChanges.between("libérer\u00A0: «\u202Fmaintenant\u202F»", "libérer : « maintenant »")
                .hasChanges()).as("a non-breaking space for a plain one is nothing a reader sees").isFalse();
    }

    @Test
    void cyrillicAndAzerbaijaniWordsChangeWhole() {
        assertThat(TextChanges.between("Мы призываем вас освободить Ильгара Мамедова.",
                "Мы призываем вас немедленно освободить Ильгара Мамедова.").text())
                .isEqualTo("Мы призываем вас {+немедленно+} освободить Ильгара Мамедова.");
        assertThat(TextChanges.between("Prezident İlham Əliyevə müraciət edirik.",
                "Prezident İlham Əliyevə təcili müraciət edirik.").text())
                .isEqualTo("Prezident İlham Əliyevə {+təcili+} müraciət edirik.");
        assertThat(TextChanges.between("Он остаётся в тюрьме.", "Она остаётся в тюрьме.").text())
                .isEqualTo("[-Он-]{+Она+} остаётся в тюрьме.");
    }

    @Test
    void paragraphBreaksStayWhereTheyAreAndADeletedParagraphIsDeletedWhole() {
        assertThat(TextChanges.between("Dear President,\n\nFree him.\n\nSincerely,",
                "Dear President,\n\nFree him now.\n\nSincerely,").text())
                .isEqualTo("Dear President,\n\nFree him {+now+}.\n\nSincerely,");
        assertThat(TextChanges.between("A first.\n\nA second.\n\nA third.", "A first.\n\nA third.").text())
                .isEqualTo("A first.\n\n[-A second.-]\n\nA third.");
    }

    @Test
    void identicalTextsHaveNoChanges() {
        String text = "Dear President,\n\nWe urge you to free him.";

        TextChanges changes = TextChanges.between(text, text);

        assertThat(changes.hasChanges()).isFalse();
        assertThat(changes.segments()).containsExactly(new Segment(Kind.UNCHANGED, text));
        assertThat(changes.shortened().text()).isEqualTo(text);
        assertThat(TextChanges.between(null, "").segments()).isEmpty();
    }

    @Test
    void htmlMarksDeletionsAndInsertionsWithLabelsForScreenReaders() {
        assertThat(TextChanges.between("free him", "release him").html(LABELS)).isEqualTo(
                "<del><span class=\"visually-hidden\">deleted: </span>free</del>"
                        + "<ins><span class=\"visually-hidden\">inserted: </span>release</ins> him");
        assertThat(TextChanges.between("free him", "release him").mailHtml(new ChangeLabels("supprimé\u00A0:", "ajouté\u00A0:")))
                .startsWith("<del style=\"color: #a4262c; background: #fdf1f1; text-decoration: line-through\"><span style=")
                .contains(">supprimé\u00A0: </span>free</del><ins style=\"color: #1e6b2e; background: #eef8f0; "
                        + "text-decoration: underline; margin-left: 0.2em\">")
                .contains(">ajouté\u00A0: </span>release</ins> him");
    }

    @Test
    void htmlEscapesWhatTheTextsSay() {
        String html = TextChanges.between("a b & \"c\"", "a <script>alert(1)</script> & \"c\"")
                .html(new ChangeLabels("<b>deleted</b>", "inserted:"));

        assertThat(html).doesNotContain("<script>").doesNotContain("<b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&amp;").contains("&quot;c&quot;")
                .contains("&lt;b&gt;deleted&lt;/b&gt;");
    }

    @Test
    void shortenedKeepsAFewWordsAroundAChangeWithinItsParagraph() {
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            before.append(i == 31 ? "old " : "").append('w').append(i).append(i == 60 ? "." : " ");
            after.append(i == 31 ? "new " : "").append('w').append(i).append(i == 60 ? "." : " ");
        }

        assertThat(TextChanges.between(before.toString(), after.toString()).shortened(3).text())
                .isEqualTo("… w28 w29 w30 [-old-]{+new+} w31 w32 w33 …");
    }

    @Test
    void shortenedKeepsASentenceWholeWhenItEndsOrStartsAFewWordsAway() {
        String before = "One two three four five six seven eight nine ten eleven. Free him now, and at once, "
                + "without conditions. Twelve thirteen.";
        String after = before.replace("Free him", "Release him");

        assertThat(TextChanges.between(before, after).shortened(6).text())
                .isEqualTo("… [-Free-]{+Release+} him now, and at once, without conditions. …");
    }

    @Test
    void shortenedSaysOnceForUnchangedParagraphsThatTheyWereLeftOut() {
        String before = "Dear President,\n\nWe write ahead of your meeting.\n\nWe urge you to free him.\n\n"
                + "He has been detained since 2013.\n\nSincerely,";
        String after = before.replace("free him", "release him");

        TextChanges changes = TextChanges.between(before, after).shortened(3);

        assertThat(changes.text()).isEqualTo("…\n\nWe urge you to [-free-]{+release+} him.\n\n…");
        assertThat(changes.html(LABELS)).startsWith("…\n\nWe urge you to <del>");
    }

    @Test
    void readsTheChangesOfAUnifiedDiffHunkByHunk() {
        String diff = "--- version 1\n+++ version 2\n@@ -3,5 +3,5 @@\n Para two.\n \n-We urge you to free him.\n"
                + "+We urge you to release him.\n \n Sincerely,\n";

        TextChanges changes = TextChanges.fromUnifiedDiff(diff);

        assertThat(changes.text())
                .isEqualTo("…\n\nPara two.\n\nWe urge you to [-free-]{+release+} him.\n\nSincerely,");
        assertThat(changes.shortened(3).text()).isEqualTo("…\n\nWe urge you to [-free-]{+release+} him.\n\n…");
        assertThat(TextChanges.fromUnifiedDiff(null).hasChanges()).isFalse();
        assertThat(TextChanges.fromUnifiedDiff("").segments()).isEmpty();
    }

    @Test
    void separatesTheHunksOfAUnifiedDiffWithAnEllipsis() {
        String diff = "--- version 1\n+++ version 2\n@@ -1,2 +1,2 @@\n-Dear President,\n+Dear Mr President,\n \n"
                + "@@ -9,2 +9,2 @@\n \n-Yours,\n+Sincerely,\n";

        assertThat(TextChanges.fromUnifiedDiff(diff).text())
                .isEqualTo("Dear {+Mr+} President,\n\n…\n\n[-Yours-]{+Sincerely+},");
    }

    @Test
    void theUnchangedTextWithTheDeletionsIsTheOldTextAndWithTheInsertionsTheNewOneWhateverTheTexts() {
        String[] pieces = {"the", "The", "President", "l’État", "освободить", "Əliyev", "2014", " ", " ", "\u00A0", ",",
                ".", ":", "«", "\n", "\n\n", "free", "release", "him", "at once"};
        Random random = new Random(16);
        for (int run = 0; run < 500; run++) {
            String before = randomText(random, pieces);
            String after = random.nextInt(4) == 0 ? before : mutated(random, before, pieces);

            TextChanges changes = TextChanges.between(before, after);

            assertThat(keys(joined(changes, Kind.DELETED))).as("old side of %s → %s", before, after).isEqualTo(keys(before));
            assertThat(keys(joined(changes, Kind.INSERTED))).as("new side of %s → %s", before, after).isEqualTo(keys(after));
            assertThat(changes.shortened(2).segments().stream().filter(Segment::isChange).toList())
                    .as("shortened keeps every change").isEqualTo(changes.segments().stream().filter(Segment::isChange).toList());
        }
    }

    private static String randomText(Random random, String[] pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(30); i > 0; i--) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    private static String mutated(Random random, String text, String[] pieces) {
        StringBuilder mutated = new StringBuilder(text);
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            int at = mutated.length() == 0 ? 0 : random.nextInt(mutated.length());
            if (random.nextBoolean() && mutated.length() > 0) {
                mutated.delete(at, Math.min(mutated.length(), at + 1 + random.nextInt(8)));
            } else {
                mutated.insert(at, pieces[random.nextInt(pieces.length)]);
            }
        }
        return mutated.toString();
    }

    /** The text the unchanged pieces and those of one kind make together. */
    private static String joined(TextChanges changes, Kind kind) {
        StringBuilder text = new StringBuilder();
        changes.segments().stream().filter(segment -> segment.kind() == Kind.UNCHANGED || segment.kind() == kind)
                .forEach(segment -> text.append(segment.text()));
        return text.toString();
    }

    private static List<String> keys(String text) {
        return WordTokens.of(text).stream().map(WordTokens::key).toList();
    }
}
