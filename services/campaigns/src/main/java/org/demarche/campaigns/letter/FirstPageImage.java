package org.demarche.campaigns.letter;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The picture a link to the published letter shows when it is shared: the top of the PDF's first
 * page (addressee, place and date, title, salutation), rendered with PDFBox as a PNG of
 * {@value #WIDTH} × {@value #HEIGHT} pixels. Social networks and messaging apps show link images at
 * about 1.91:1 and crop the middle of anything taller, which on a letter is the middle of its body;
 * the top of the page is what makes it recognisable.
 */
public final class FirstPageImage {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;
    /** Where the card starts: a little above the text, below the page's 25 mm top margin. */
    private static final float TOP_MM = 15;

    private FirstPageImage() {
    }

    /** @param pdf a rendered letter */
    public static byte[] of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            float pageWidth = document.getPage(0).getCropBox().getWidth();
            float scale = WIDTH / pageWidth;
            BufferedImage page = new PDFRenderer(document).renderImage(0, scale, ImageType.RGB);
            int top = Math.round(TOP_MM * 72 / 25.4f * scale);
            BufferedImage card = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = card.createGraphics();
            try {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, WIDTH, HEIGHT);
                g.drawImage(page, 0, -top, null);
            } finally {
                g.dispose();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
            ImageIO.write(card, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the letter's first page", e);
        }
    }
}
