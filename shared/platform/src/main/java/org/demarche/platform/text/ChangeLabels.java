package org.demarche.platform.text;

import java.util.Objects;

/**
 * What a screen reader says before a deleted and an inserted passage, in the reader's language,
 * e.g. "deleted:" and "inserted:" (a space follows each).
 */
public record ChangeLabels(String deleted, String inserted) {

    public ChangeLabels {
        Objects.requireNonNull(deleted, "deleted");
        Objects.requireNonNull(inserted, "inserted");
    }
}
