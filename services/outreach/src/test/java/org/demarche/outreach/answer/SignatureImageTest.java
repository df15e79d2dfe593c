package org.demarche.outreach.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class SignatureImageTest {

    @Test
    void acceptsPngAndJpegByTheirFirstBytes() {
        assertThat(SignatureImage.problemWith(Images.signaturePng())).isEmpty();
        assertThat(SignatureImage.problemWith(Images.signatureJpeg())).isEmpty();
    }

    @Test
    void refusesOtherFormatsWhateverTheyAreCalled() {
        byte[] gif = "GIF89a....".getBytes();
        byte[] pdf = "%PDF-1.7".getBytes();

        assertThat(SignatureImage.problemWith(gif)).contains("answer.image.not-png-or-jpeg");
        assertThat(SignatureImage.problemWith(pdf)).contains("answer.image.not-png-or-jpeg");
        assertThat(SignatureImage.problemWith(new byte[0])).contains("answer.image.not-png-or-jpeg");
    }

    @Test
    void refusesMoreThanOneMegabyte() {
        byte[] png = Images.signaturePng();
        byte[] exactlyOneMegabyte = Arrays.copyOf(png, 1024 * 1024);
        byte[] overOneMegabyte = Arrays.copyOf(png, 1024 * 1024 + 1);

        assertThat(SignatureImage.problemWith(exactlyOneMegabyte)).isEmpty();
        assertThat(SignatureImage.problemWith(overOneMegabyte)).contains("answer.image.too-large");
    }

    @Test
    void decodesBase64WithOrWithoutADataUrlPrefixAndLineBreaks() {
        byte[] png = Images.signaturePng();
        String base64 = Base64.getEncoder().encodeToString(png);

        assertThat(SignatureImage.decodeBase64(base64)).isEqualTo(png);
        assertThat(SignatureImage.decodeBase64("data:image/png;base64," + base64)).isEqualTo(png);
        assertThat(SignatureImage.decodeBase64(Base64.getMimeEncoder().encodeToString(png))).isEqualTo(png);
        assertThat(SignatureImage.decodeBase64(Base64.getUrlEncoder().encodeToString(png))).isEqualTo(png);
    }

    @Test
    void refusesTextThatIsNotBase64() {
        assertThatThrownBy(() -> SignatureImage.decodeBase64("not base64 at all!")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SignatureImage.decodeBase64("   ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsASmallImageByteForByte() {
        byte[] png = Images.signaturePng();

        assertThat(SignatureImage.fitForLetter(png)).isSameAs(png);
    }

    @Test
    void scalesALargeImageDownSoThatItFitsInAnEvent() throws Exception {
        byte[] large = Images.noisePng(560, 560);
        assertThat(large.length).isBetween(SignatureImage.MAX_KEPT_BYTES + 1, SignatureImage.MAX_UPLOAD_BYTES);

        byte[] fitted = SignatureImage.fitForLetter(large);

        assertThat(fitted.length).isLessThanOrEqualTo(SignatureImage.MAX_KEPT_BYTES);
        assertThat(SignatureImage.problemWith(fitted)).isEmpty();
        var image = ImageIO.read(new ByteArrayInputStream(fitted));
        assertThat(image.getWidth()).isLessThanOrEqualTo(SignatureImage.MAX_WIDTH);
        assertThat(image.getHeight()).isLessThanOrEqualTo(SignatureImage.MAX_HEIGHT);
    }

    @Test
    void refusesALargeFileThatOnlyStartsLikeAnImage() {
        byte[] fake = Arrays.copyOf(Images.signaturePng(), SignatureImage.MAX_KEPT_BYTES + 10);
        Arrays.fill(fake, 8, fake.length, (byte) 7); // the PNG signature, then no image at all

        assertThatThrownBy(() -> SignatureImage.fitForLetter(fake)).isInstanceOf(IllegalArgumentException.class);
    }
}
