package org.convene.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A test that drives Convene in headless Chromium: one fresh browser a test, axe-core checks and screenshots
 * (to target/screenshots, to look at). Skipped, saying so, where Chromium is not installed.
 */
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;
    protected ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    protected String base() {
        return "http://localhost:" + port;
    }

    protected void signIn(String username) {
        Browser.signIn(browser, base(), username);
    }

    /** Presses a form's button and waits until the page it leads to has replaced this one. */
    protected void submit(WebElement button) {
        WebElement page = browser.findElement(By.tagName("html"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
    }

    protected void submit(By button) {
        submit(browser.findElement(button));
    }

    protected void assertAccessible() {
        assertThat(Browser.accessibilityViolations(browser))
                .as("axe violations on " + browser.getCurrentUrl()).isEmpty();
    }

    protected void screenshot(String name) throws Exception {
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }
}
