package org.convene.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.convene.support.BrowserTest;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Partnership Team's manager runs the daily briefing in a real browser: from the home page to the briefing, logs an
 * incident a partner phoned in, finds it on the agenda, and triages it, meeting the message at the field when the
 * decision needs a reason. Every page is checked by axe.
 */
@ConveneTest
class DailyBriefingBrowserTest extends BrowserTest {

    @Autowired TimeMachine time;

    @Test
    void theTeamManagerLogsAnIncidentAndTriagesItFromTheAgenda() throws Exception {
        String reference = "BROWSER-" + System.nanoTime();
        signIn("mo.manager");
        browser.get(base() + "/");
        submit(By.linkText(browser.findElement(By.partialLinkText("The daily incident briefing")).getText()));
        assertThat(browser.findElement(By.tagName("h1")).getText()).endsWith("at 9:30am");
        assertAccessible();

        submit(By.linkText("Log an incident"));
        assertAccessible();
        browser.findElement(By.id("incident-policeReference")).sendKeys(reference);
        LocalDate yesterday = time.today().minusDays(1);
        browser.findElement(By.id("incident-occurredDate")).sendKeys(String.valueOf(yesterday.getDayOfMonth()));
        browser.findElement(By.id("incident-occurredDate-month")).sendKeys(String.valueOf(yesterday.getMonthValue()));
        browser.findElement(By.id("incident-occurredDate-year")).sendKeys(String.valueOf(yesterday.getYear()));
        browser.findElement(By.id("incident-occurredTime")).sendKeys("22:15");
        browser.findElement(By.cssSelector("input[name=kind][value=WEAPONS]")).click();
        browser.findElement(By.id("incident-circumstances")).sendKeys("Two groups fought outside the chip shop; a knife was seen");
        browser.findElement(By.id("incident-location")).sendKeys("High Street");
        browser.findElement(By.id("incident-children-0-name")).sendKeys("Robin Browserchild");
        browser.findElement(By.id("incident-peerGroups")).sendKeys("High Street group");
        screenshot("briefing-new-incident");
        submit(By.cssSelector("form[action='/incidents'] button[type=submit]:not([name])"));
        assertThat(banner()).contains("Incident logged");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(reference);
        assertAccessible();

        browser.get(base() + "/briefings");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(reference, "Robin Browserchild", "High Street group", "To triage");
        screenshot("briefing-agenda");
        submit(By.linkText(reference));

        browser.findElement(By.cssSelector("input[name=decision][value=NO_FURTHER_ACTION]")).click();
        submit(By.cssSelector("form[action$='/triage'] button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Say why no further action is needed.");
        assertThat(browser.findElement(By.cssSelector("input[name=decision][value=NO_FURTHER_ACTION]")).isSelected()).isTrue();
        assertAccessible();
        screenshot("briefing-triage-error");

        browser.findElement(By.cssSelector(".govuk-error-summary a")).click();
        browser.switchTo().activeElement().sendKeys("Known to the locality team; safety plan in place");
        submit(By.cssSelector("form[action$='/triage'] button[type=submit]"));
        assertThat(banner()).contains("Decision recorded");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("No further action", "Mo Manager");
        assertAccessible();

        browser.get(base() + "/briefings");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(reference, "No further action");
    }

    private String banner() {
        return browser.findElement(By.cssSelector(".govuk-notification-banner")).getText();
    }
}
