package org.demarche.outreach.answer;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/** Images made on the spot: a small signature, and noise that compresses badly, for size limits. */
public final class Images {

    private Images() {
    }

    /** A small PNG with a stroke on a transparent background, as a scanned signature might be. */
    public static byte[] signaturePng() {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(20, 40, 120));
        graphics.drawLine(5, 30, 60, 8);
        graphics.drawLine(60, 8, 115, 32);
        graphics.dispose();
        return write(image, "png");
    }

    public static byte[] signatureJpeg() {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 120, 40);
        graphics.setColor(Color.BLACK);
        graphics.drawLine(5, 30, 115, 10);
        graphics.dispose();
        return write(image, "jpeg");
    }

    /** A PNG of random pixels: about 3 bytes per pixel whatever the compression. */
    public static byte[] noisePng(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return write(image, "png");
    }

    private static byte[] write(BufferedImage image, String format) {
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
