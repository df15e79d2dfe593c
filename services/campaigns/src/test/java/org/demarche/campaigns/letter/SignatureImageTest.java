package org.demarche.campaigns.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class SignatureImageTest {

    @Test
    void redrawsAPngOrAJpegAsAFreshPngWithoutAnythingSmuggledIn() throws IOException {
        byte[] payload = "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);
        for (byte[] sent : new byte[][] {ReferenceCase.signature(Color.BLUE), ReferenceCase.jpegSignature(Color.BLACK)}) {
            byte[] received = Arrays.copyOf(sent, sent.length + payload.length);
            System.arraycopy(payload, 0, received, sent.length, payload.length);

            SignatureImage.Check check = SignatureImage.check(received);

            assertThat(check.accepted()).isTrue();
            assertThat(check.refusal()).isNull();
            assertThat(new String(check.png(), 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
            assertThat(new String(check.png(), StandardCharsets.ISO_8859_1)).doesNotContain("script");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(check.png()));
            assertThat(image.getWidth()).isEqualTo(240);
            assertThat(image.getHeight()).isEqualTo(80);
        }
    }

    @Test
    void refusesWhatIsNotAnImage() {
        assertThat(SignatureImage.check("hello, I am a signature".getBytes(StandardCharsets.US_ASCII)).refusal())
                .isEqualTo("it is not a PNG or JPEG image");
        assertThat(SignatureImage.check(new byte[] {(byte) 0x89, 'P', 'N', 'G'}).refusal())
                .isEqualTo("it is not a PNG or JPEG image");
        assertThat(SignatureImage.check(null).accepted()).isFalse();
    }

    @Test
    void refusesOtherImageFormats() throws IOException {
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "gif", gif);

        assertThat(SignatureImage.check(gif.toByteArray()).refusal()).isEqualTo("it is not a PNG or JPEG image");
    }

    @Test
    void refusesAPngThatIsCutShort() {
        byte[] png = ReferenceCase.signature(Color.BLACK);

        SignatureImage.Check check = SignatureImage.check(Arrays.copyOf(png, png.length / 2));

        assertThat(check.accepted()).isFalse();
        assertThat(check.refusal()).startsWith("it cannot be read as an image");
    }

    @Test
    void refusesMoreThanOneMegabyte() {
        byte[] png = ReferenceCase.signature(Color.BLACK);
        byte[] large = Arrays.copyOf(png, SignatureImage.MAX_BYTES + 1);

        assertThat(SignatureImage.check(large).refusal())
                .isEqualTo("the image is 1,048,577 bytes; at most 1,048,576 (1 MB) are accepted");
    }

    @Test
    void refusesADecompressionBombFromItsHeaderWithoutInflatingIt() {
        // a tiny file claiming 100 000 × 100 000 pixels (10 billion): decoding it would exhaust the heap
        byte[] bomb = withDimensions(ReferenceCase.signature(Color.BLACK), 100_000, 100_000);

        SignatureImage.Check check = SignatureImage.check(bomb);

        assertThat(bomb.length).isLessThan(10_000);
        assertThat(check.refusal()).isEqualTo("the image is 100000 × 100000 pixels; at most 4000 × 4000 are accepted");
    }

    @Test
    void refusesAnImageWiderThan4000Pixels() throws IOException {
        ByteArrayOutputStream wide = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4001, 2, BufferedImage.TYPE_BYTE_GRAY), "png", wide);

        assertThat(SignatureImage.check(wide.toByteArray()).refusal()).contains("4001 × 2 pixels");
    }

    /** The PNG with its IHDR chunk claiming other dimensions, its checksum made right again. */
    private static byte[] withDimensions(byte[] png, int width, int height) {
        byte[] patched = png.clone();
        ByteBuffer buffer = ByteBuffer.wrap(patched);
        // signature (8), length (4), "IHDR" (4), then width and height
        buffer.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(patched, 12, 4 + 13);
        buffer.putInt(12 + 4 + 13, (int) crc.getValue());
        return patched;
    }
}
