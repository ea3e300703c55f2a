package org.convene.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.convene.support.BrowserTest;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A missing coordinator logs a child reported missing by a parent, records the child's return, gives the return home
 * interview to the charity's worker, and records it as offered and completed, in a real browser. Every page is checked
 * by axe.
 */
@ConveneTest
class MissingEpisodeBrowserTest extends BrowserTest {

    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aCoordinatorLogsAnEpisodeAndRecordsTheInterview() throws Exception {
        String base = base();
        signIn("mia.coordinator");
        browser.get(base + "/missing/new");
        assertAccessible();
        browser.findElement(By.id("report-childName")).sendKeys("Morgan Browser");
        browser.findElement(By.cssSelector("input[name=reporterKind][value=PARENT]")).click();
        browser.findElement(By.cssSelector("input[name=missingFrom][value=HOME]")).click();
        LocalDate yesterday = time.today().minusDays(1);
        browser.findElement(By.id("report-lastSeenDate")).sendKeys(String.valueOf(yesterday.getDayOfMonth()));
        browser.findElement(By.id("report-lastSeenDate-month")).sendKeys(String.valueOf(yesterday.getMonthValue()));
        browser.findElement(By.id("report-lastSeenDate-year")).sendKeys(String.valueOf(yesterday.getYear()));
        browser.findElement(By.id("report-lastSeenTime")).sendKeys("19:30");
        browser.findElement(By.cssSelector("input[name=riskGrade][value=MEDIUM]")).click();
        submit(By.cssSelector("form[action='/missing'] button[type=submit]"));
        assertThat(banner()).contains("Missing episode recorded");
        assertThat(browser.getCurrentUrl()).matches(".*/missing/\\d+");
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/missing/(\\d+).*", "$1"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Morgan Browser is missing");
        assertAccessible();

        browser.findElement(By.cssSelector("input[name=how][value=RETURNED_THEMSELVES]")).click();
        submit(By.cssSelector("form[action$='/return'] button[type=submit]"));
        assertThat(banner()).contains("Return recorded");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Morgan Browser is back");

        long chloe = jdbc.queryForObject("select id from person where username = 'chloe.charity'", Long.class);
        new Select(browser.findElement(By.id("assignee-assignee"))).selectByValue("person:" + chloe);
        submit(By.cssSelector("form[action$='/interview/assignee'] button[type=submit]"));
        assertThat(banner()).contains("Interview assigned");
        submit(By.cssSelector("form[action$='/interview/offer'] button[type=submit]"));
        assertThat(banner()).contains("Recorded as offered");

        browser.findElement(By.id("record-pushPullFactors")).sendKeys("Arguments at home about a new partner");
        browser.findElement(By.id("record-childWords")).sendKeys("I just needed to get away for a night");
        long police = jdbc.queryForObject("select id from agency where kind = 'POLICE'", Long.class);
        browser.findElement(By.cssSelector("form[action$='/interview/record'] input[name=restrictedTo][value='" + police + "']")).click();
        submit(By.cssSelector("form[action$='/interview/record'] button[name=complete]"));
        assertThat(banner()).contains("Interview completed");
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Completed", "I just needed to get away for a night");
        assertAccessible();
        screenshot("missing-episode");
        assertThat(jdbc.queryForObject("select status from return_interview where episode_id = ?", String.class, id)).isEqualTo("COMPLETED");

        browser.get(base + "/missing");
        assertAccessible();
        browser.get(base + "/missing/report");
        assertThat(browser.findElement(By.id("figure-completed")).getText()).endsWith("%");
        assertAccessible();
    }

    private String banner() {
        return browser.findElement(By.className("govuk-notification-banner")).getText();
    }
}
