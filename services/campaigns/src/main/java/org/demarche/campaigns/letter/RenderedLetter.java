package org.demarche.campaigns.letter;

/**
 * A letter in its three forms.
 *
 * @param html a complete UTF-8 XHTML document with print CSS
 * @param text plain text, one part per block, blank lines between
 * @param pdf  an A4 PDF with embedded fonts
 */
public record RenderedLetter(String html, String text, byte[] pdf) {
}
