package org.demarche.campaigns.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void showsTheChangedParagraphWithItsNeighboursAsAUnifiedDiff() {
        String before = "Dear President,\n\nFree him.\n\nSincerely,\n";
        String after = "Dear President,\n\nFree him now.\n\nSincerely,\n";

        assertThat(TextDiff.unified(before, after, "version 1", "version 2")).isEqualTo("""
                --- version 1
                +++ version 2
                @@ -1,5 +1,5 @@
                 Dear President,
                \s
                -Free him.
                +Free him now.
                \s
                 Sincerely,
                """);
    }

    @Test
    void isEmptyWhenNothingChanged() {
        assertThat(TextDiff.unified("a\nb\n", "a\nb\n", "version 1", "version 2")).isEmpty();
    }

    @Test
    void keepsDistantChangesInHunksOfTheirOwn() {
        String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        String after = "one\n2\n3\n4\n5\n6\n7\n8\nnine\n";

        assertThat(TextDiff.unified(before, after, "a", "b")).isEqualTo("""
                --- a
                +++ b
                @@ -1,3 +1,3 @@
                -1
                +one
                 2
                 3
                @@ -7,3 +7,3 @@
                 7
                 8
                -9
                +nine
                """);
    }

    @Test
    void countsAnAddedParagraphAndAFirstVersionRight() {
        assertThat(TextDiff.unified("a\nc\n", "a\nb\nc\n", "1", "2")).isEqualTo("""
                --- 1
                +++ 2
                @@ -1,2 +1,3 @@
                 a
                +b
                 c
                """);
        assertThat(TextDiff.unified("", "a\n", "0", "1")).isEqualTo("--- 0\n+++ 1\n@@ -0,0 +1 @@\n+a\n");
        assertThat(TextDiff.unified("a\n", "", "1", "2")).isEqualTo("--- 1\n+++ 2\n@@ -1 +0,0 @@\n-a\n");
    }
}
