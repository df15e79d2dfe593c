package org.demarche.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.demarche.testsupport.KafkaEndpoint;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.ReceivedMail;
import org.demarche.testsupport.ServiceJvm;
import org.demarche.testsupport.SmtpSink;
import org.demarche.testsupport.TestAccounts;
import org.demarche.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The people's side of the chain, in real browsers (headless Chromium) against the four services'
 * jars: a coordinator signs in and enters a meeting with the form; the lead's dashboard, open
 * since before, shows the new campaign without a reload; a partner signs from the email's link
 * on a phone-sized screen; the lead's counts change while they watch; the lead's attempt to enter
 * a meeting is refused; the coordinator publishes the letter, whose public page a stranger then reads,
 * on screen and on paper; a judgment held between two namesakes is attached on the coordinators' page.
 * Screenshots of each step are kept in
 * {@code target/screenshots/browser-journey/}.
 */
@RealInfrastructure
class BrowserJourneyIT {

    private static final Clock CLOCK = Clock.systemUTC();

    /** Partners are asked 40 s after the meeting is entered; signing closes 140 s after. */
    static final DemarcheStack.Plan PLAN = new DemarcheStack.Plan(Duration.ofSeconds(200), Duration.ofSeconds(150),
            Duration.ofSeconds(100), Duration.ofSeconds(50), Duration.ofSeconds(5), Duration.ofSeconds(240));
    private static final Duration WAIT = Duration.ofSeconds(90);
    /** How long a page may take to load or react with four services and a browser on two cores: an upper bound only. */
    private static final Duration PAGE_WAIT = Duration.ofSeconds(60);
    private static final String ZONE = "Europe/Paris";
    private static final String HRC_EMAIL = "director@hrclub.example";

    private static final String COORDINATOR = "amina";
    private static final String COORDINATOR_PASSWORD = "coordinates the Paris letter";
    private static final String LEAD = "lena";
    private static final String LEAD_PASSWORD = "watches the dashboard";

    private static DemarcheStack stack;
    private static SmtpSink mailbox;
    private static Browsers browsers;

    @BeforeAll
    static void start(KafkaEndpoint kafka, TestDatabase database, SmtpSink smtp) {
        mailbox = smtp;
        browsers = new Browsers();
        stack = DemarcheStack.start(PLAN, kafka, database, smtp, Path.of(System.getProperty("demarche.e2e.services-dir",
                "target/services")), Path.of(System.getProperty("demarche.e2e.logs-dir", "target/e2e-logs"))
                .resolve("browser-journey"));
        try {
            stack.awaitHealthy(CLOCK, CLOCK.instant(), Duration.ofSeconds(240));
        } catch (RuntimeException | Error e) {
            stack.printLogTails();
            throw e;
        }
    }

    @AfterAll
    static void stop() {
        if (browsers != null) {
            browsers.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aCoordinatorEntersAMeetingAndTheLeadWatchesThePartnersSign() {
        try {
            journey();
        } catch (RuntimeException | Error e) {
            stack.printLogTails();
            throw e;
        }
    }

    private void journey() {
        ServiceJvm intake = stack.service("intake");
        ServiceJvm dashboard = stack.service("dashboard");
        giveAccounts(dashboard, intake);

        // the lead opens the dashboard before anything happens, and keeps it open
        WebDriver lead = browsers.desktop("en");
        lead.get(dashboard.uri("/").toString());
        assertThat(lead.findElements(By.id("password"))).as("a stranger is sent to the sign-in page").hasSize(1);
        AccessibilityScan.assertAccessible(lead, "the sign-in page");
        signIn(lead, dashboard.uri("/").toString(), LEAD, LEAD_PASSWORD);
        assertThat(lead.findElements(By.cssSelector("tr[data-campaign-id]"))).as("no campaign yet").isEmpty();
        Browsers.screenshot(lead, "1-lead-dashboard-empty.png");
        AccessibilityScan.assertAccessible(lead, "the leads' dashboard");

        // the coordinator enters the meeting with the form
        WebDriver coordinator = browsers.desktop("en");
        signIn(coordinator, intake.uri("/meetings/new").toString(), COORDINATOR, COORDINATOR_PASSWORD);
        ZonedDateTime startsAt = CLOCK.instant().plus(PLAN.meetingLead()).atZone(ZoneId.of(ZONE))
                .truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        type(coordinator, "title", "Macron – Aliyev meeting");
        ((JavascriptExecutor) coordinator).executeScript("arguments[0].value = arguments[1]",
                coordinator.findElement(By.id("startsAt")),
                startsAt.toLocalDateTime().format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm")));
        type(coordinator, "timeZone", ZONE);
        type(coordinator, "city", "Paris");
        type(coordinator, "participant-0-name", "Emmanuel Macron");
        type(coordinator, "participant-0-title", "President of the French Republic");
        type(coordinator, "participant-0-country", "FR");
        type(coordinator, "participant-1-name", "Ilham Aliyev");
        type(coordinator, "participant-1-title", "President of the Republic of Azerbaijan");
        type(coordinator, "participant-1-country", "AZ");
        Browsers.screenshot(coordinator, "2-coordinator-meeting-form.png");
        AccessibilityScan.assertAccessible(coordinator, "the meeting form");
        coordinator.findElement(By.id("enter-meeting")).click();
        WebElement flash = new WebDriverWait(coordinator, PAGE_WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("flash")));
        assertThat(flash.getText()).isNotBlank();
        assertThat(coordinator.getPageSource()).contains("Macron – Aliyev meeting");
        Browsers.screenshot(coordinator, "3-coordinator-meeting-entered.png");
        AccessibilityScan.assertAccessible(coordinator, "the meetings list");

        // the lead's dashboard shows the campaign without a reload
        String leadPage = lead.getCurrentUrl();
        new WebDriverWait(lead, WAIT).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("tr[data-campaign-id]")));
        assertThat(liveText(lead, "tr[data-campaign-id]")).contains("Emmanuel Macron").contains("AZ");
        assertThat(lead.getCurrentUrl()).isEqualTo(leadPage);
        Browsers.screenshot(lead, "4-lead-dashboard-campaign-opened.png");

        // a partner signs from the link in the email, on a phone
        ReceivedMail request = await("the sign-on email to Human Rights Club").atMost(WAIT.plusSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> mailbox.receivedMail().stream()
                        .filter(mail -> Emails.isA(mail, Emails.SIGN_ON_REQUEST))
                        .filter(mail -> mail.recipient().equals(HRC_EMAIL)).findFirst(), found -> found.isPresent())
                .orElseThrow();
        WebDriver partner = browsers.phone("en", 375, 812);
        partner.get(request.signOnLink());
        assertThat((Long) ((JavascriptExecutor) partner).executeScript("return document.documentElement.scrollWidth"))
                .as("nothing wider than the phone").isLessThanOrEqualTo(375L);
        type(partner, "name", "Rasul Jafarov");
        type(partner, "title", "Chair");
        WebElement organisation = partner.findElement(By.id("organisation"));
        if (organisation.getAttribute("value").isBlank()) {
            organisation.sendKeys("Human Rights Club");
        }
        partner.findElement(By.id("country")).sendKeys("Azerbaijan");
        assertThat(partner.findElements(By.cssSelector("header.site.partner"))).as("the product's name on top").hasSize(1);
        assertThat(partner.findElements(By.cssSelector("header.site nav.areas"))).as("no staff navigation").isEmpty();
        Browsers.screenshot(partner, "5-partner-sign-on-375x812.png");
        AccessibilityScan.assertAccessible(partner, "the partner's sign-on page");
        WebElement sign = partner.findElement(By.cssSelector("button.primary"));
        ((JavascriptExecutor) partner).executeScript("arguments[0].scrollIntoView({block: 'center'})", sign);
        sign.click();
        new WebDriverWait(partner, PAGE_WAIT)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Thank you"));
        Browsers.screenshot(partner, "6-partner-signed-375x812.png");

        // the lead's counts change while they watch
        new WebDriverWait(lead, WAIT).ignoring(StaleElementReferenceException.class).until(driver -> "1".equals(
                driver.findElement(By.cssSelector("tr[data-campaign-id] .sign-on progress")).getAttribute("value")));
        assertThat(liveText(lead, "tr[data-campaign-id] .sign-on")).contains("1 of 2");
        assertThat(lead.getCurrentUrl()).isEqualTo(leadPage);
        Browsers.screenshot(lead, "7-lead-dashboard-one-signed.png");

        // one sign-in opens every service: the lead looks at intake's meetings without signing in again,
        // and may look but not enter one: a crafted form is refused
        lead.get(intake.uri("/meetings/new").toString());
        assertThat(lead.findElements(By.id("password"))).as("no second sign-in on intake").isEmpty();
        assertThat(lead.getCurrentUrl()).startsWith(intake.uri("/meetings/new").toString());
        assertThat(lead.findElements(By.id("enter-meeting"))).as("no submit button for a lead").isEmpty();
        ((JavascriptExecutor) lead).executeScript("""
                const token = document.querySelector('input[name=_csrf]');
                const form = document.createElement('form');
                form.method = 'post';
                form.action = '/meetings';
                for (const [name, value] of [['_csrf', token ? token.value : ''], ['title', 'A lead tries']]) {
                    const input = document.createElement('input');
                    input.type = 'hidden'; input.name = name; input.value = value;
                    form.appendChild(input);
                }
                document.body.appendChild(form);
                form.submit();""");
        new WebDriverWait(lead, PAGE_WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("forbidden")));
        assertThat(lead.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        Browsers.screenshot(lead, "8-lead-refused.png");

        // the coordinators' campaign page on campaigns, reached with the same one sign-in
        ServiceJvm campaigns = stack.service("campaigns");
        coordinator.get(campaigns.uri("/campaigns").toString());
        assertThat(coordinator.findElements(By.id("password"))).as("no second sign-in on campaigns").isEmpty();
        AccessibilityScan.assertAccessible(coordinator, "the coordinators' campaign list");
        coordinator.findElement(By.cssSelector("main a[href^='/campaigns/']")).click();
        new WebDriverWait(coordinator, PAGE_WAIT).until(driver -> driver.getCurrentUrl().matches(".*/campaigns/[0-9a-f-]{36}$"));
        Browsers.screenshot(coordinator, "9-coordinator-campaign-page.png");
        AccessibilityScan.assertAccessible(coordinator, "the coordinators' campaign page");

        // the coordinator publishes the letter now; its page is then anyone's, and not before
        publishAndReadThePublicPage(coordinator, campaigns);

        // one product: on every service's pages the coordinator sees the same header, area for area
        Map<String, List<String>> headers = new LinkedHashMap<>();
        Map<String, URI> pages = new LinkedHashMap<>();
        pages.put("dashboard", dashboard.uri("/"));
        pages.put("intake-meetings", intake.uri("/meetings"));
        pages.put("intake-imports", intake.uri("/imports"));
        pages.put("campaigns-campaigns", campaigns.uri("/campaigns"));
        pages.put("campaigns-registry", campaigns.uri("/registry"));
        for (var named : pages.entrySet()) {
            URI page = named.getValue();
            coordinator.get(page.toString());
            headers.put(page.toString(), coordinator.findElements(By.cssSelector("header.site nav.areas a")).stream()
                    .map(link -> link.getText() + " " + link.getAttribute("href")).toList());
            assertThat(coordinator.findElements(By.cssSelector("header.site nav.areas a[aria-current=page]")))
                    .as("the area of %s marked", page).hasSize(1);
            Browsers.screenshot(coordinator, "12-header-" + named.getKey() + ".png");
        }
        assertThat(Set.copyOf(headers.values())).as("one header on every service: %s", headers).hasSize(1);
        assertThat(headers.values().iterator().next()).extracting(link -> link.substring(0, link.indexOf(' ')))
                .as("a coordinator's areas").containsExactly("Dashboard", "Meetings", "Imports", "Campaigns", "Registry",
                        "Audit");

        // and the lead's campaign page on the dashboard
        lead.get(dashboard.uri("/").toString());
        new WebDriverWait(lead, PAGE_WAIT).ignoring(StaleElementReferenceException.class).until(driver -> {
            driver.findElement(By.cssSelector("tr[data-campaign-id] a")).click();
            return true;
        });
        new WebDriverWait(lead, PAGE_WAIT).until(driver -> driver.getCurrentUrl().contains("/campaigns/"));
        Browsers.screenshot(lead, "10-lead-campaign-page.png");
        AccessibilityScan.assertAccessible(lead, "the leads' campaign page");

        // a judgment naming only a surname that two open cases share waits for the coordinator, who attaches it
        JsonHttp admin = new JsonHttp(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
        admin.json(admin.put(campaigns.uri("/api/registry/cases/rashad-mammadov"), Map.of("country", "AZ",
                "person", "Rəşad Məmmədov", "status", "open", "description", "Youth activist.")), 200);
        admin.json(admin.post(intake.uri("/api/rulings"), Map.of("court", "ECtHR", "caseName",
                "Mammadov v. Azerbaijan", "applicationNo", "55555/18", "respondent", "AZ", "judgmentDate", "2022-03-10",
                "articlesViolated", List.of("5"))), 201);
        await("the judgment held for a coordinator").atMost(WAIT).pollInterval(Duration.ofMillis(500))
                .until(() -> admin.getJson(campaigns.uri("/api/case-file/held")).size() == 1);
        coordinator.get(campaigns.uri("/case-file/held").toString());
        Browsers.screenshot(coordinator, "11-coordinator-held-judgment.png");
        AccessibilityScan.assertAccessible(coordinator, "the held court records");
        coordinator.findElement(By.cssSelector("section.held input[type=radio][value='rashad-mammadov']")).click();
        coordinator.findElement(By.cssSelector("section.held form button")).click();
        WebElement attached = new WebDriverWait(coordinator, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#flash p")));
        assertThat(attached.getText()).startsWith("Attached Mammadov v. Azerbaijan to Rəşad Məmmədov");
        assertThat(coordinator.findElements(By.cssSelector("section.held"))).isEmpty();
        AccessibilityScan.assertAccessible(coordinator, "the held court records, all decided");
    }

    /**
     * Before publication the letter's address is nobody's page; the coordinator publishes with the
     * campaign page's button, which then links to the public page; a stranger's browser (no sign-in)
     * opens it: the letter's title and its signing organisations, no draft mark, what previews a
     * shared link (its picture loads as one), accessible on screen, and the letter alone on paper.
     */
    private void publishAndReadThePublicPage(WebDriver coordinator, ServiceJvm campaigns) {
        String campaignId = coordinator.getCurrentUrl().replaceFirst("^.*/campaigns/", "");
        URI address = campaigns.uri("/letters/" + campaignId);
        assertThat(anonymousStatus(address)).as("no public page before publication").isEqualTo(404);
        assertThat(anonymousStatus(URI.create(address + ".png"))).as("no picture before publication").isEqualTo(404);

        type(coordinator, "publish-now-reason", "The meeting was brought forward");
        coordinator.findElement(By.cssSelector("form[aria-labelledby='publish-now-heading'] button")).click();
        WebElement publicLink = new WebDriverWait(coordinator, PAGE_WAIT).until(ExpectedConditions
                .visibilityOfElementLocated(By.cssSelector("a[href='/letters/" + campaignId + "']")));
        assertThat(coordinator.findElement(By.cssSelector("#flash p")).getText()).contains("Publish now");

        // a stranger, not signed in, follows a shared link: to the canonical address, on the public base URL's
        // host (the page's content security policy shows pictures from its own host only, og:image's among them)
        WebDriver reader = browsers.desktop("en");
        reader.get(publicLink.getAttribute("href"));
        String canonical = reader.findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href");
        assertThat(URI.create(canonical).getPath()).isEqualTo("/letters/" + campaignId);
        assertThat(URI.create(canonical).getPort()).isEqualTo(campaigns.port());
        reader.get(canonical);
        String title = reader.findElement(By.tagName("h1")).getText();
        assertThat(title).as("the letter's title").isNotBlank();
        assertThat(reader.findElements(By.cssSelector(".signatories .organisation"))).extracting(WebElement::getText)
                .as("the signing organisation").anySatisfy(name -> assertThat(name).contains("Human Rights Club"));
        assertThat(reader.findElements(By.cssSelector(".draft, .draft-watermark"))).as("no draft mark").isEmpty();
        assertThat(reader.findElement(By.tagName("main")).getText()).as("no draft mark")
                .doesNotContain("DRAFT", "PROJET", "ПРОЕКТ", "LAYİHƏ");

        assertThat(reader.findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href")).isEqualTo(canonical);
        assertThat(meta(reader, "og:url")).isEqualTo(canonical);
        assertThat(meta(reader, "og:title")).isEqualTo(title);
        assertThat(meta(reader, "twitter:title")).isEqualTo(title);
        assertThat(meta(reader, "og:description")).isNotBlank().isEqualTo(meta(reader, "twitter:description"));
        assertThat(meta(reader, "twitter:card")).isEqualTo("summary_large_image");
        String image = meta(reader, "og:image");
        assertThat(image).isEqualTo(canonical + ".png").isEqualTo(meta(reader, "twitter:image"));
        Object loaded = ((JavascriptExecutor) reader).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const picture = new Image();
                picture.onload = () => done(picture.naturalWidth + 'x' + picture.naturalHeight);
                picture.onerror = () => done('not an image');
                picture.src = arguments[0];""", image);
        assertThat(loaded).as("og:image is a picture of the announced size")
                .isEqualTo(meta(reader, "og:image:width") + "x" + meta(reader, "og:image:height"));
        Browsers.screenshot(reader, "13-public-letter-page.png");
        AccessibilityScan.assertAccessible(reader, "the published letter's page");

        Browsers.emulatePrint(reader);
        assertThat(reader.findElement(By.cssSelector(".downloads")).isDisplayed()).as("no buttons on paper").isFalse();
        assertThat(reader.findElement(By.cssSelector("header.site")).isDisplayed()).as("no site header on paper").isFalse();
        Browsers.fullPageScreenshot(reader, "14-public-letter-page-print.png");
    }

    /**
     * The text at {@code css} on a live page, which replaces a campaign's row whenever the campaign
     * changes (the dashboard): found afresh if it was replaced between finding and reading it.
     */
    private static String liveText(WebDriver browser, String css) {
        return new WebDriverWait(browser, PAGE_WAIT).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.cssSelector(css)).getText());
    }

    private static String meta(WebDriver browser, String property) {
        List<WebElement> tags = browser.findElements(By.cssSelector("meta[property='" + property + "'], meta[name='"
                + property + "']"));
        assertThat(tags).as("one %s tag", property).hasSize(1);
        return tags.get(0).getAttribute("content");
    }

    /** What the service answers someone without an account. */
    private static int anonymousStatus(URI uri) {
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(HttpRequest.newBuilder(uri).timeout(PAGE_WAIT).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The administrator gives a coordinator and a lead their accounts; every service learns them. */
    private static void giveAccounts(ServiceJvm dashboard, ServiceJvm intake) {
        JsonHttp admin = new JsonHttp(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
        for (var account : List.of(Map.of("username", COORDINATOR, "password", COORDINATOR_PASSWORD,
                "roles", List.of("COORDINATOR")), Map.of("username", LEAD, "password", LEAD_PASSWORD,
                "roles", List.of("LEAD")))) {
            admin.json(admin.post(dashboard.uri("/api/users"), account), 201);
        }
        JsonHttp lead = new JsonHttp(LEAD, LEAD_PASSWORD);
        await("the accounts to reach intake").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> lead.get(intake.uri("/api/meetings")).status() == 200);
    }

    /** Opens {@code url}, which sends a stranger to the sign-in form, and signs in there. */
    private static void signIn(WebDriver browser, String url, String username, String password) {
        browser.get(url);
        if (!browser.findElements(By.id("password")).isEmpty()) {
            type(browser, "username", username);
            WebElement field = browser.findElement(By.id("password"));
            field.sendKeys(password);
            field.submit();
        }
        new WebDriverWait(browser, PAGE_WAIT).until(driver -> driver.findElements(By.id("password")).isEmpty());
        // back where they were going (Spring Security marks the resumed request with ?continue)
        assertThat(browser.getCurrentUrl()).startsWith(url);
    }

    private static void type(WebDriver browser, String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
