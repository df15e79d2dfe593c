/**
 * The open letter itself: {@link org.demarche.campaigns.letter.LetterComposer} turns a campaign's
 * facts (addressee, meeting, cases, rulings, resolutions, earlier exchanges, signatories) into the
 * parts of a letter, worded by plain-text templates under {@code letter/<language>/} that a
 * coordinator can edit without touching Java; {@link org.demarche.campaigns.letter.LetterRenderer}
 * lays those parts out as HTML, plain text and a PDF with embedded fonts and signature images.
 * Nothing here reads the registry or the clock: the caller hands in every fact.
 */
package org.demarche.campaigns.letter;
