package org.convene.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.convene.support.BrowserTest;
import org.convene.support.ConveneTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person signs in with a real browser; the pages they see have no accessibility violations that axe can find. */
@ConveneTest
class HomePageBrowserTest extends BrowserTest {


    @Test
    void aChairSignsInAndSeesTheHomePage() throws Exception {
        browser.get(base() + "/");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertAccessible();

        browser.findElement(By.id("username")).sendKeys("cara.chair");
        browser.findElement(By.id("password")).sendKeys("convene-demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Convene");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("You are signed in as cara.chair");
        assertThat(browser.findElement(By.tagName("body")).getAttribute("class")).contains("js-enabled");
        assertAccessible();
        screenshot("home");
    }

    @Test
    void aWrongPasswordShowsAnErrorSummary() throws Exception {
        browser.get(base() + "/login");
        browser.findElement(By.id("username")).sendKeys("cara.chair");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("error"));

        assertThat(browser.findElement(By.className("govuk-error-summary")).getText()).contains("The username or password is not right");
        assertAccessible();
    }


}
