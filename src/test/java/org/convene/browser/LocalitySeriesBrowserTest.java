package org.convene.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.convene.support.BrowserTest;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A locality's weekly meeting in a real browser: a member refers a peer group to the next date; its chair finds it on
 * that date's agenda and sets an action about it there; and the chair cancels another date, meeting the message at the
 * field when no reason is given. Every page is checked by axe.
 */
@ConveneTest
class LocalitySeriesBrowserTest extends BrowserTest {

    @Autowired TimeMachine time;

    @Test
    void aMemberRefersAPeerGroupAndTheChairSetsAnActionAboutItFromTheAgenda() throws Exception {
        String group = "Browser Park Group " + System.nanoTime();
        signIn("sam.social");
        browser.get(base() + "/localities");
        submit(By.linkText("North"));
        submit(browser.findElements(By.partialLinkText("Agenda")).getFirst());
        browser.findElement(By.cssSelector("input[name=kind][value=PEER_GROUP]")).click();
        browser.findElement(By.id("referral-name")).sendKeys(group);
        browser.findElement(By.id("referral-reason")).sendKeys("Seen together at the park late at night");
        Optional<WebElement> urgent = browser.findElements(By.id("referral-urgentReason")).stream().findFirst();
        urgent.ifPresent(field -> field.sendKeys("A knife was seen last night"));
        submit(By.cssSelector("form[action$='/referrals'] button[type=submit]"));
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText()).contains("Referred");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(group, "Seen together at the park late at night");
        assertAccessible();
        String agenda = browser.getCurrentUrl();

        browser.manage().deleteAllCookies();
        signIn("mo.manager");
        browser.get(agenda);
        new Select(browser.findElement(By.id("actionForm-subject"))).selectByVisibleText(group);
        browser.findElement(By.id("actionForm-title")).sendKeys("Detached youth work at the park on Friday");
        new Select(browser.findElement(By.id("actionForm-owner"))).selectByVisibleText("Youth Service (the agency)");
        LocalDate due = time.today().plusDays(14);
        browser.findElement(By.id("actionForm-dueDate")).sendKeys(String.valueOf(due.getDayOfMonth()));
        browser.findElement(By.id("actionForm-dueDate-month")).sendKeys(String.valueOf(due.getMonthValue()));
        browser.findElement(By.id("actionForm-dueDate-year")).sendKeys(String.valueOf(due.getYear()));
        submit(By.cssSelector("form[action$='/actions'] button[type=submit]"));
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText()).contains("Action set");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Detached youth work at the park on Friday: Youth Service");
        assertAccessible();
        screenshot("locality-agenda-with-action");
    }

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
