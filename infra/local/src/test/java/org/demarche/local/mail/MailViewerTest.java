package org.demarche.local.mail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The viewer over .eml files written straight into the store (no SMTP). */
class MailViewerTest {

    @TempDir
    Path dir;

    private MailStore store;

    private MailViewer viewer;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        this.store = MailStore.open(this.dir);
        this.viewer = MailViewer.start("127.0.0.1", 0, this.store, "127.0.0.1:3025");
    }

    @AfterEach
    void stop() {
        this.viewer.close();
    }

    @Test
    void emptyStoreSaysWhereToSend() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("No mail captured yet").contains("127.0.0.1:3025");
    }

    @Test
    void escapesEverythingTakenFromTheMessage() throws Exception {
        String id = store("""
                From: "<img src=x onerror=alert(1)>" <evil@example.org>
                To: victim@example.org
                Subject: <script>alert('subject')</script> & more
                Content-Type: text/plain; charset=UTF-8
                X-Note: "><script>alert('header')</script>

                </pre><script>alert('text')</script>
                """);
        String list = get("/").body();
        assertThat(list).doesNotContain("<script>").doesNotContain("<img");
        assertThat(list).contains("&lt;script&gt;alert(&#39;subject&#39;)&lt;/script&gt; &amp; more");

        String page = get("/messages/" + id).body();
        assertThat(page).doesNotContain("<script>").doesNotContain("<img").doesNotContain("</pre><script");
        assertThat(page).contains("&lt;/pre&gt;&lt;script&gt;alert(&#39;text&#39;)&lt;/script&gt;");
    }

    @Test
    void decodesEncodedWordsAndRawUtf8Headers() throws Exception {
        String id = store("""
                From: =?UTF-8?Q?Coalition_D=C3=A9marche?= <coalition@example.org>
                To: Ilgar Məmmədov <partner@example.org>
                Subject: =?UTF-8?B?TGV0dHJlIG91dmVydGUg4oCTINCQ0LfQtdGA0LHQsNC50LTQttCw0L0g4oCTIElsZ2FyIE3JmW1tyZlkb3Y=?=
                Date: Mon, 16 Jul 2018 09:00:00 +0200
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: 8bit

                Bonjour Məmmədov, https://example.org/sign/abc.
                """);
        String list = get("/").body();
        assertThat(list).contains("Lettre ouverte – Азербайджан – Ilgar Məmmədov");
        assertThat(list).contains("Coalition Démarche &lt;coalition@example.org&gt;");
        assertThat(list).contains("Ilgar Məmmədov &lt;partner@example.org&gt;");

        String page = get("/messages/" + id).body();
        assertThat(page).contains("Bonjour Məmmədov, <a target=\"_blank\" rel=\"noopener noreferrer\" href=\"https://example.org/sign/abc\">https://example.org/sign/abc</a>.");
        assertThat(page).doesNotContain("<iframe");
    }

    @Test
    void listsNewestFirst() throws Exception {
        store("Subject: older\n\nx\n");
        store("Subject: newer\n\nx\n");
        String list = get("/").body();
        assertThat(list.indexOf("newer")).isNotNegative().isLessThan(list.indexOf("older"));
        assertThat(get("/api/messages").body()).startsWith("[{\"id\":").contains("\"subject\":\"newer\"");
    }

    @Test
    void servesAttachmentsAndInlineImagesReferencedByCid() throws Exception {
        String id = store("""
                Subject: with parts
                MIME-Version: 1.0
                Content-Type: multipart/related; boundary="rel"

                --rel
                Content-Type: text/html; charset=UTF-8

                <p><img src="cid:logo@demarche"></p>
                --rel
                Content-Type: image/png
                Content-ID: <logo@demarche>
                Content-Transfer-Encoding: base64

                iVBORw0KGgo=
                --rel
                Content-Type: application/pdf; name="letter.pdf"
                Content-Disposition: attachment; filename="letter.pdf"
                Content-Transfer-Encoding: base64

                JVBERi0xLjQK
                --rel--
                """);
        HttpResponse<String> html = get("/messages/" + id + "/html");
        assertThat(html.body()).contains("<img src=\"cid/logo%40demarche\">");
        HttpResponse<byte[]> image = getBytes("/messages/" + id + "/cid/logo%40demarche");
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image.body()).startsWith(0x89, 'P', 'N', 'G');
        String page = get("/messages/" + id).body();
        assertThat(page).contains("letter.pdf").contains("application/pdf");
        HttpResponse<byte[]> pdf = getBytes("/messages/" + id + "/parts/2");
        assertThat(new String(pdf.body(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4\n");
        assertThat(pdf.headers().firstValue("Content-Security-Policy")).hasValue("sandbox");
    }

    @Test
    void unknownAndMalformedIdsAreNotFound() throws Exception {
        assertThat(get("/messages/20260101T000000000Z-00000000").statusCode()).isEqualTo(404);
        assertThat(get("/messages/..%2F..%2Finfra.env").statusCode()).isEqualTo(404);
        assertThat(get("/messages/x/raw").statusCode()).isEqualTo(404);
        assertThat(get("/api/messages/nope").statusCode()).isEqualTo(404);
        assertThat(get("/elsewhere").statusCode()).isEqualTo(404);
    }

    @Test
    void linkifyKeepsTrailingPunctuationOutOfTheLink() {
        assertThat(MailViewer.linkify("see <http://a.example/x?y=1&z=2>, then."))
                .isEqualTo("see &lt;<a target=\"_blank\" rel=\"noopener noreferrer\" href=\"http://a.example/x?y=1&amp;z=2\">"
                        + "http://a.example/x?y=1&amp;z=2</a>&gt;, then.");
    }

    private String store(String message) {
        String crlf = message.replace("\r\n", "\n").replace("\n", "\r\n");
        return this.store.write(out -> out.write(crlf.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.viewer.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> getBytes(String path) throws Exception {
        return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.viewer.port() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
