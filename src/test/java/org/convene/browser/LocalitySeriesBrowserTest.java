package org.convene.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.convene.support.BrowserTest;
import org.convene.support.ConveneTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The chair of a locality's weekly meeting, in a real browser, finds the week's meetings, opens one locality's series
 * and cancels one coming date, meeting the message at the field when no reason is given. Every page is checked by axe.
 */
@ConveneTest
class LocalitySeriesBrowserTest extends BrowserTest {

    @Test
    void theChairCancelsOneDateOfTheSeries() throws Exception {
        signIn("mo.manager");
        browser.get(base() + "/");
        submit(By.partialLinkText("Locality meetings"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("North", "East Central", "South");
        assertAccessible();

        submit(By.linkText("South"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("South");
        assertAccessible();
        screenshot("locality-series");
        WebElement second = browser.findElements(By.partialLinkText("Agenda")).get(1);
        submit(second);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Agenda", "New referrals", "Refer to this meeting");
        assertAccessible();
        screenshot("locality-date");

        submit(By.cssSelector("form[action$='/cancel'] button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Say why it is cancelled, for the members.");
        assertAccessible();
        browser.findElement(By.id("cancellation-reason")).sendKeys("The partnership away day");
        submit(By.cssSelector("form[action$='/cancel'] button[type=submit]"));
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText()).contains("Meeting cancelled");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Cancelled", "The partnership away day");
        assertAccessible();
    }
}
