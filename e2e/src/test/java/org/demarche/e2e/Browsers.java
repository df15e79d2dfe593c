package org.demarche.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium windows, each with its own profile (its own cookies: one person each), driven
 * by Debian's chromedriver, with their screenshots kept in {@code target/screenshots/browser-journey}.
 * Needs Debian's {@code chromium} and {@code chromium-driver} ({@code .ci/run} installs them).
 */
final class Browsers implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Path SCREENSHOTS = Path.of("target", "screenshots", "browser-journey");

    private record Window(WebDriver driver, ChromeDriverService service, Path profile) {
    }

    private final List<Window> windows = new ArrayList<>();

    Browsers() {
        for (String program : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!new File(program).canExecute()) {
                throw new IllegalStateException(program + " is missing: apt-get install chromium chromium-driver");
            }
        }
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A desktop window, as a coordinator or a lead at their desk has. */
    WebDriver desktop(String language) {
        return open(language, Map.of(), "--window-size=1280,900");
    }

    /** A phone: its viewport, pixel density and touch screen. */
    WebDriver phone(String language, int width, int height) {
        return open(language, Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 2.0,
                "touch", true), "userAgent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
                + "(KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36"), null);
    }

    static void screenshot(WebDriver driver, String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page, beyond the window's height, as Chromium draws it (e.g. for print, after {@link #emulatePrint}). */
    static void fullPageScreenshot(WebDriver driver, String name) {
        Map<String, Object> shot = ((ChromeDriver) driver).executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        try {
            Files.write(SCREENSHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From now on the window shows its page as it would print it (CSS media {@code print}). */
    static void emulatePrint(WebDriver driver) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    }

    private WebDriver open(String language, Map<String, Object> mobile, String windowSize) {
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort().build();
            var options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--lang=" + language);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
            if (windowSize != null) {
                options.addArguments(windowSize);
            }
            if (!mobile.isEmpty()) {
                options.setExperimentalOption("mobileEmulation", mobile);
            }
            var driver = new ChromeDriver(service, options);
            windows.add(new Window(driver, service, profile));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        for (Window window : windows) {
            window.driver().quit();
            window.service().stop();
            try (var files = Files.walk(window.profile())) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // a temporary profile left behind is harmless
            }
        }
        windows.clear();
    }
}
