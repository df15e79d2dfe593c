package org.demarche.outreach.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

/** RFC 5321's reply classes as Jakarta Mail reports them: 4xx try again, 5xx never. */
class DeliveryFailureTest {

    @Test
    void aRecipientRejectedWith5xxIsPermanentAndSaysWhatTheServerSaid() throws Exception {
        var rejected = new SendFailedException("Invalid Addresses", new SMTPAddressFailedException(
                new InternetAddress("nobody@example.org"), "RCPT TO:<nobody@example.org>", 550,
                "550 5.1.1 <nobody@example.org>: User unknown"));

        DeliveryFailure failure = DeliveryFailure.of(rejected);

        assertThat(failure.permanent()).isTrue();
        assertThat(failure.reason()).isEqualTo("550 5.1.1 <nobody@example.org>: User unknown");
    }

    @Test
    void aRecipientDeferredWith4xxIsTransient() throws Exception {
        var greylisted = new SendFailedException("Invalid Addresses", new SMTPAddressFailedException(
                new InternetAddress("someone@example.org"), "RCPT TO:<someone@example.org>", 451,
                "451 4.7.1 Greylisted, please try again later"));

        assertThat(DeliveryFailure.of(greylisted)).isEqualTo(
                new DeliveryFailure("451 4.7.1 Greylisted, please try again later", false));
    }

    @Test
    void aMessageRefusedAfterDataIsClassifiedByItsCode() {
        var refused = new SMTPSendFailedException("DATA", 554, "554 5.7.1 Message refused as spam", null, null, null,
                null);
        var later = new SMTPSendFailedException("DATA", 421, "421 4.3.2 Service shutting down", null, null, null, null);

        assertThat(DeliveryFailure.of(refused).permanent()).isTrue();
        assertThat(DeliveryFailure.of(later).permanent()).isFalse();
    }

    @Test
    void aConnectionThatCannotBeMadeIsTransient() {
        var refused = new MessagingException("Couldn't connect to host, port: 127.0.0.1, 2525",
                new ConnectException("Connection refused"));

        DeliveryFailure failure = DeliveryFailure.of(refused);

        assertThat(failure.permanent()).isFalse();
        assertThat(failure.reason()).contains("Couldn't connect").contains("Connection refused");
        assertThat(DeliveryFailure.brokenConnection(refused)).isTrue();
    }

    @Test
    void aBadGreetingIsReadForItsReplyCode() {
        var busy = new MessagingException("Got bad greeting from SMTP host: mx.example.org, port: 25, response: 421 "
                + "mx.example.org too many connections");

        assertThat(DeliveryFailure.of(busy).permanent()).isFalse();
    }

    @Test
    void anAddressThatIsNotOneIsPermanent() {
        assertThat(DeliveryFailure.of(new AddressException("Missing final '@domain'", "nobody")).permanent()).isTrue();
    }
}
