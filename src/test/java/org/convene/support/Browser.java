package org.convene.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by its own ChromeDriver. Where they are not installed the browser tests are
 * skipped, saying so; .ci/run installs them.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of(System.getProperty("convene.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("convene.chromedriver", "/usr/bin/chromedriver"));

    private static final String AXE = axeCore();

    private Browser() {
    }

    public static ChromeDriver start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser test skipped: Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1024", "--user-data-dir=" + temporaryProfile());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Signs in through the login page, as a person would, and waits to leave it. */
    public static void signIn(ChromeDriver browser, String baseUrl, String username) {
        browser.get(baseUrl + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("convene-demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /**
     * The accessibility rules axe-core finds broken on the current page, by id: axe-core's own script, run in the page
     * (Convene's pages have no frames), reporting violations only rather than every node that passed.
     */
    @SuppressWarnings("unchecked")
    public static List<String> accessibilityViolations(ChromeDriver browser) {
        if (browser.executeScript("return typeof axe").equals("undefined")) {
            browser.executeScript(AXE);
        }
        return (List<String>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                    .then(results => done(results.violations.map(rule => rule.id)), error => done(['axe failed: ' + error]));""");
    }

    /** axe-core's script, from its Selenium jar. */
    private static String axeCore() {
        try (InputStream script = Browser.class.getResourceAsStream("/axe.min.js")) {
            if (script == null) {
                throw new IllegalStateException("axe-core's script is not on the test classpath");
            }
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String temporaryProfile() {
        try {
            return Files.createTempDirectory("convene-chromium").toString();
        } catch (IOException e) {
            throw new IllegalStateException("No temporary directory for the browser profile", e);
        }
    }
}
