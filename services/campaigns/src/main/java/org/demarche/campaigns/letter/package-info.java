/**
 * The open letter itself: {@link org.demarche.campaigns.letter.LetterComposer} turns a campaign's
 * facts (addressee, meeting, situation, cases, rulings, resolutions, earlier exchanges,
 * signatories) into the parts of a letter, in the language asked for, worded by plain-text
 * templates under {@code letter/<language>/} that a coordinator can copy and edit without touching
 * Java, with a coordinator's rewording of single parts ({@link org.demarche.campaigns.letter.PartEdits});
 * {@link org.demarche.campaigns.letter.LetterRenderer} lays those parts out as HTML, plain text and
 * a PDF with embedded fonts and signature images, each image checked and redrawn
 * ({@link org.demarche.campaigns.letter.SignatureImage}); a published letter's PDF is PDF/A-3b and
 * PDF/UA-1. {@link org.demarche.campaigns.letter.LetterDocx} writes the same parts as a Word document,
 * and {@link org.demarche.campaigns.letter.FirstPageImage} draws the top of a PDF's first page as the
 * picture a shared link shows. Every word is in the letter's language: city and court names come
 * from tables under {@code letter/names/}, the draft mark and the signature images' text from
 * {@code letter/marks.txt}. Nothing here reads the registry or the clock: the caller hands in
 * every fact.
 */
package org.demarche.campaigns.letter;
