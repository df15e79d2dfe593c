package org.demarche.campaigns.letter;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A signature image made safe to embed: decoded from whatever the signatory sent and drawn afresh
 * as a PNG, so that no received byte reaches a letter. Images Java cannot decode, and implausibly
 * large ones, are refused; tall ones are scaled down to what a printed signature needs.
 */
final class SignatureImage {

    /** Refuse to decode more pixels than this: a small file can claim a huge canvas. */
    private static final long MAX_PIXELS = 25_000_000L;
    /** Printed about 16 mm high, 300 px is over 450 dpi. */
    private static final int MAX_HEIGHT = 300;

    private SignatureImage() {
    }

    /** The image as a fresh PNG, or empty if it cannot be decoded. */
    static Optional<byte[]> asPng(byte[] received) {
        if (received == null || received.length == 0) {
            return Optional.empty();
        }
        try {
            BufferedImage decoded = decode(received);
            return decoded == null ? Optional.empty() : Optional.of(encodePng(redraw(decoded)));
        } catch (IOException | RuntimeException e) {
            // decoders report malformed input in many ways, unchecked ones included
            return Optional.empty();
        }
    }

    private static BufferedImage decode(byte[] bytes) throws IOException {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    return null;
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage redraw(BufferedImage source) {
        double scale = Math.min(1.0, (double) MAX_HEIGHT / source.getHeight());
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage copy = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return copy;
    }

    private static byte[] encodePng(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(image);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
