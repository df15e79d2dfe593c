package org.demarche.outreach.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.demarche.events.EventEnvelope;
import org.demarche.events.Signatory;
import org.demarche.events.Topics;
import org.demarche.events.outreach.SignOnRequested;
import org.demarche.events.response.EmailSent;
import org.demarche.events.response.PartnerSigned;
import org.demarche.outreach.TestClockConfiguration;
import org.demarche.outreach.signon.SignOnSamples;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.SmtpSink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A partner signs on a phone-sized screen (375×812 CSS pixels) in a real browser, headless
 * Chromium driven by chromedriver, with the keyboard alone apart from choosing the image file:
 * the page fits the width, every field has its label, the signature image shows before it is
 * sent, and the answer arrives. Screenshots of each step are kept in
 * {@code target/screenshots/} for people to look at.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} ({@code .ci/run} installs them);
 * without them the test fails and says so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "demarche.outreach.dispatch-interval=100ms")
@RealInfrastructure
@Import(TestClockConfiguration.class)
class PhoneSignOnBrowserIT {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final int WIDTH = 375;
    static final int HEIGHT = 812;
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** How long the page may take to react in a browser that shares two cores with the build: an upper bound only. */
    static final Duration BROWSER_WAIT = Duration.ofSeconds(30);

    static Path profile;
    static ChromeDriverService service;
    static WebDriver browser;

    @Autowired
    KafkaTestClient events;

    @Autowired
    SmtpSink smtp;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        for (String program : List.of(CHROMIUM, CHROMEDRIVER)) {
            assertThat(new File(program).canExecute()).as(program + " (apt-get install chromium chromium-driver)").isTrue();
        }
        profile = Files.createTempDirectory("chromium-profile");
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort()
                .build();
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--lang=en");
        // a phone: its viewport, its pixel density and its touch screen
        options.setExperimentalOption("mobileEmulation", Map.of(
                "deviceMetrics", Map.of("width", WIDTH, "height", HEIGHT, "pixelRatio", 2.0, "touch", true),
                "userAgent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/124.0 Mobile Safari/537.36"));
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void aPartnerSignsOnAPhoneWithTheKeyboardAndSeesTheSignatureBeforeSendingIt() throws Exception {
        UUID campaignId = UUID.randomUUID();
        SignOnRequested request = SignOnSamples.humanRightsClub(campaignId);
        events.send(EventEnvelope.of(request, "/demarche/campaigns", TestClockConfiguration.START, null));
        var sent = events.awaitEvent(Topics.RESPONSES, EmailSent.class,
                e -> e.campaignId().equals(campaignId) && e.kind().equals("sign-on-request"), Duration.ofSeconds(30));
        String token = smtp.awaitMessageId(sent.payload().messageId(), BROWSER_WAIT).signOnToken();

        browser.get("http://localhost:" + port + "/sign/" + token);
        var js = (JavascriptExecutor) browser;
        assertThat(js.executeScript("return window.innerWidth")).isEqualTo((long) WIDTH);
        assertThat((Long) js.executeScript("return document.documentElement.scrollWidth"))
                .as("nothing wider than the phone").isLessThanOrEqualTo(WIDTH);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(request.campaignTitle());
        screenshot("1-sign-on-page-375x812.png");

        everyVisibleFieldHasALabel();
        assertThat(contrast(browser.findElement(By.cssSelector(".hint")))).as("hint text contrast (WCAG AA)")
                .isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(browser.findElement(By.cssSelector("button.primary")))).isGreaterThanOrEqualTo(4.5);

        // keyboard only: the first Tab reaches the skip link, which leads straight to the form
        tab();
        assertThat(focused().getAttribute("class")).isEqualTo("skip");
        focused().sendKeys(Keys.ENTER);
        tab();
        assertThat(focused().getAttribute("id")).isEqualTo("name");
        focused().sendKeys(Keys.chord(Keys.CONTROL, "a"), "Rasul Jafarov");
        tab();
        assertThat(focused().getAttribute("id")).isEqualTo("title");
        focused().sendKeys("Chair");
        tab();
        assertThat(focused().getAttribute("id")).isEqualTo("organisation");
        tab();
        assertThat(focused().getAttribute("id")).isEqualTo("country");
        focused().sendKeys("Azerbaijan");
        tab();
        assertThat(focused().getAttribute("id")).isEqualTo("anonymous");
        tab();
        assertThat(focused().getAttribute("id")).isEqualTo("signatureImage");

        // choosing a file is the phone's own dialog; the page's part is the preview that follows
        Path image = Files.write(Files.createTempFile("signature", ".png"), Images.signaturePng());
        browser.findElement(By.id("signatureImage")).sendKeys(image.toAbsolutePath().toString());
        WebElement preview = new WebDriverWait(browser, BROWSER_WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("signature-preview-image")));
        new WebDriverWait(browser, BROWSER_WAIT).until(driver ->
                (Long) ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth", preview) > 0);
        assertThat(preview.getAttribute("alt")).isEqualTo("Preview of your signature image");
        js.executeScript("arguments[0].scrollIntoView({block: 'center'})", preview);
        screenshot("2-form-with-signature-preview-375x812.png");

        tab();
        assertThat(focused().getText()).isEqualTo("Sign the letter");
        assertThat(focused().getSize().getHeight()).as("a touch target a finger can hit").isGreaterThanOrEqualTo(44);
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.ENTER).perform();

        new WebDriverWait(browser, BROWSER_WAIT)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Thank you"));
        assertThat(browser.findElement(By.cssSelector(".confirmation")).getText()).contains("Rasul Jafarov");
        assertThat(browser.findElement(By.cssSelector(".preview img")).isDisplayed()).isTrue();
        screenshot("3-answer-recorded-375x812.png");

        PartnerSigned signed = events.awaitEvent(Topics.RESPONSES, PartnerSigned.class,
                e -> e.campaignId().equals(campaignId), Duration.ofSeconds(30)).payload();
        assertThat(signed.signatory()).isEqualTo(new Signatory("Rasul Jafarov", "Chair", "Human Rights Club", "AZ"));
        assertThat(signed.signatureImage()).isNotNull();
        assertThat(signed.signedAnonymously()).isFalse();
    }

    private void everyVisibleFieldHasALabel() {
        for (WebElement field : browser.findElements(By.cssSelector("input:not([type=hidden]), select, textarea"))) {
            String id = field.getAttribute("id");
            assertThat(id).as("field " + field.getAttribute("name") + " has an id").isNotBlank();
            assertThat(browser.findElements(By.cssSelector("label[for='" + id + "']"))).as("label for #" + id)
                    .hasSize(1);
        }
    }

    /** WCAG contrast ratio of an element's text against its background (walking up to the first opaque one). */
    private double contrast(WebElement element) {
        @SuppressWarnings("unchecked")
        List<Double> ratio = (List<Double>) ((JavascriptExecutor) browser).executeScript("""
                function rgb(value) { return value.match(/[\\d.]+/g).map(Number); }
                function luminance(c) {
                  const [r, g, b] = c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
                }
                let node = arguments[0], background = null;
                while (node && node.nodeType === 1) {
                  const c = rgb(getComputedStyle(node).backgroundColor);
                  if (c.length < 4 || c[3] > 0) { background = c; break; }
                  node = node.parentElement;
                }
                background = background || [255, 255, 255];
                const a = luminance(rgb(getComputedStyle(arguments[0]).color)), b = luminance(background);
                return [(Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)];
                """, element);
        return ratio.get(0).doubleValue();
    }

    private static WebElement focused() {
        return browser.switchTo().activeElement();
    }

    /** A Tab key press to the page (not to an element: sent to a file field, keys are taken for a file name). */
    private static void tab() {
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).perform();
    }

    private static void screenshot(String name) throws Exception {
        byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name), png);
    }
}
