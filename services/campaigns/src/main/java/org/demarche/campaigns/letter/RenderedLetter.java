package org.demarche.campaigns.letter;

/**
 * A letter in its three forms.
 *
 * @param html a complete UTF-8 XHTML document with print CSS
 * @param text plain text, one part per block, blank lines between
 * @param pdf  an A4 PDF with embedded fonts: PDF/A-3b and PDF/UA-1 for a letter that is no longer a
 *             draft, a plain PDF for a draft
 */
public record RenderedLetter(String html, String text, byte[] pdf) {
}
