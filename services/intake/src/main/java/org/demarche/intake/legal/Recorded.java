package org.demarche.intake.legal;

import java.util.UUID;

/**
 * The outcome of entering a legal fact.
 *
 * @param id  the stored fact's id
 * @param isNew false when the same fact had been entered before: nothing was stored or announced
 */
public record Recorded(UUID id, boolean isNew) {
}
