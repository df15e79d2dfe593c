package org.demarche.outreach.answer;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A partner's handwritten signature: a PNG or a JPEG (told by its first bytes, not by what the
 * client claims) of at most {@value #MAX_UPLOAD_BYTES} bytes.
 *
 * <p>The image travels in PartnerSigned, and an event must stay under the broker's 1 MB record
 * limit once base64 has grown it by a third. So an upload over {@value #MAX_KEPT_BYTES} bytes is
 * scaled down to {@value #MAX_WIDTH}×{@value #MAX_HEIGHT} pixels at most, which is more than a
 * signature needs on a printed page; smaller ones are kept byte for byte.
 */
final class SignatureImage {

    static final int MAX_UPLOAD_BYTES = 1024 * 1024;
    static final int MAX_KEPT_BYTES = 256 * 1024;
    static final int MAX_WIDTH = 1200;
    static final int MAX_HEIGHT = 600;
    private static final long MAX_PIXELS = 40_000_000L;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private SignatureImage() {
    }

    /** Why these bytes cannot be a signature image, as a message code; empty if they can. */
    static Optional<String> problemWith(byte[] image) {
        if (image.length > MAX_UPLOAD_BYTES) {
            return Optional.of("answer.image.too-large");
        }
        if (!startsWith(image, PNG) && !startsWith(image, JPEG)) {
            return Optional.of("answer.image.not-png-or-jpeg");
        }
        return Optional.empty();
    }

    /**
     * The bytes of a base64 image (standard alphabet, or URL-safe; a {@code data:image/...;base64,}
     * prefix and line breaks are allowed).
     *
     * @throws IllegalArgumentException when the text is not base64
     */
    static byte[] decodeBase64(String text) {
        String data = text.strip();
        if (data.startsWith("data:") && data.contains(",")) {
            data = data.substring(data.indexOf(',') + 1);
        }
        data = data.replaceAll("\\s", "");
        if (data.isEmpty()) {
            throw new IllegalArgumentException("empty");
        }
        // no point decoding what will be refused for its size: base64 grows bytes by 4/3
        if ((long) data.length() * 3 / 4 > MAX_UPLOAD_BYTES + 3L) {
            return new byte[MAX_UPLOAD_BYTES + 1];
        }
        boolean urlSafe = data.indexOf('-') >= 0 || data.indexOf('_') >= 0;
        return (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(data);
    }

    static String toBase64(byte[] image) {
        return Base64.getEncoder().encodeToString(image);
    }

    /** The image as a {@code data:} URI, to show it on a page without another request. */
    static String dataUri(byte[] image) {
        return "data:" + (startsWith(image, PNG) ? "image/png" : "image/jpeg") + ";base64," + toBase64(image);
    }

    /**
     * The image as it will be kept and sent: unchanged when small enough, otherwise scaled down.
     * Expects bytes that passed {@link #problemWith}.
     *
     * @throws IllegalArgumentException when a large image cannot be read or cannot be made small enough
     */
    static byte[] fitForLetter(byte[] image) {
        if (image.length <= MAX_KEPT_BYTES) {
            return image;
        }
        try {
            BufferedImage scaled = scaleDown(readBounded(image));
            byte[] png = write(scaled, "png");
            if (png.length <= MAX_KEPT_BYTES) {
                return png;
            }
            byte[] jpeg = write(onWhite(scaled), "jpeg");
            if (jpeg.length <= MAX_KEPT_BYTES) {
                return jpeg;
            }
            throw new IllegalArgumentException("still " + jpeg.length + " bytes once scaled down");
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable image: " + e.getMessage(), e);
        }
    }

    /** Decodes at most about twice the size kept, whatever the image's own size: a small file can hold a huge picture. */
    private static BufferedImage readBounded(byte[] image) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no reader for this image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    throw new IOException(width + "×" + height + " pixels is more than a signature");
                }
                int step = Math.max(1, (int) Math.ceil(Math.max(width / (2.0 * MAX_WIDTH), height / (2.0 * MAX_HEIGHT))));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage scaleDown(BufferedImage source) {
        double factor = Math.min(1.0, Math.min(MAX_WIDTH / (double) source.getWidth(), MAX_HEIGHT / (double) source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    /** JPEG has no transparency: what was see-through becomes paper white. */
    private static BufferedImage onWhite(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = rgb.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            graphics.drawImage(image, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return rgb;
    }

    private static byte[] write(BufferedImage image, String format) throws IOException {
        var out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IOException("no " + format + " writer");
        }
        return out.toByteArray();
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
}
