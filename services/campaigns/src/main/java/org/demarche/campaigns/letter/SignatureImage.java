package org.demarche.campaigns.letter;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A signature image made safe to embed: decoded from whatever the signatory sent and drawn afresh
 * as a PNG, so that no received byte reaches a letter. Only PNG and JPEG of at most 1 MB are
 * taken; the dimensions are read from the image's header before anything is decoded, so that a
 * small file claiming a huge canvas (a decompression bomb) is refused without being inflated.
 * Tall images are scaled down to what a printed signature needs.
 */
public final class SignatureImage {

    /** What the sign-on page accepts, too. */
    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_SIDE = 4000;
    /** Printed about 16 mm high, 300 px is over 450 dpi. */
    private static final int MAX_HEIGHT = 300;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private SignatureImage() {
    }

    /**
     * The outcome of checking a received image.
     *
     * @param png     the image drawn afresh as a PNG; null if refused
     * @param refusal why it was refused, in words a coordinator understands; null if taken
     */
    public record Check(byte[] png, String refusal) {

        static Check taken(byte[] png) {
            return new Check(png, null);
        }

        static Check refused(String why) {
            return new Check(null, why);
        }

        public boolean accepted() {
            return png != null;
        }
    }

    /** Checks and redraws an image as received from a signatory; null or empty bytes are refused as "no image". */
    public static Check check(byte[] received) {
        if (received == null || received.length == 0) {
            return Check.refused("no image was given");
        }
        if (received.length > MAX_BYTES) {
            return Check.refused(String.format(Locale.ROOT, "the image is %,d bytes; at most %,d (1 MB) are accepted",
                    received.length, MAX_BYTES));
        }
        if (!startsWith(received, PNG_SIGNATURE) && !startsWith(received, JPEG_SIGNATURE)) {
            return Check.refused("it is not a PNG or JPEG image");
        }
        try {
            return decode(received);
        } catch (IOException | RuntimeException e) {
            // decoders report malformed input in many ways, unchecked ones included
            return Check.refused("it cannot be read as an image (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The image as a fresh PNG, or empty if it is refused. */
    static Optional<byte[]> asPng(byte[] received) {
        return Optional.ofNullable(check(received).png());
    }

    private static Check decode(byte[] bytes) throws IOException {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Check.refused("it is not a PNG or JPEG image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!format.equals("png") && !format.equals("jpeg")) {
                    return Check.refused("it is not a PNG or JPEG image");
                }
                // from the header: nothing is inflated yet
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE) {
                    return Check.refused(String.format(Locale.ROOT, "the image is %d × %d pixels; at most %d × %d are accepted",
                            width, height, MAX_SIDE, MAX_SIDE));
                }
                BufferedImage decoded = reader.read(0);
                return Check.taken(encodePng(redraw(decoded)));
            } finally {
                reader.dispose();
            }
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
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
