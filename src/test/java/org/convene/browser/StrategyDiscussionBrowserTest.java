package org.convene.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.support.Browser;
import org.convene.support.BrowserTest;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A chair raises a concern and convenes a strategy discussion in a real browser; the police answer from the link in
 * their e-mail; the chair records attendance and the record, and approves the minutes. Every page is checked by axe.
 */
@ConveneTest
class StrategyDiscussionBrowserTest extends BrowserTest {

    @Autowired WorkingDayCalendar calendar;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aChairConvenesAndRecordsAndAnAttendeeAccepts() throws Exception {
        String base = base();
        signIn("cara.chair");
        browser.get(base + "/strategy/new");
        assertAccessible();
        browser.findElement(By.id("concern-concern")).sendKeys("Seen getting into cars with unknown adults near the park");
        browser.findElement(By.id("concern-children-0-name")).sendKeys("Jordan Browser");
        browser.findElement(By.id("concern-referrerName")).sendKeys("Ms Patel, head of year");
        submit(By.cssSelector("form[action='/strategy'] button[type=submit]:not([name=addChild])"));
        assertThat(banner()).contains("Concern recorded");
        assertThat(browser.getCurrentUrl()).matches(".*/strategy/\\d+");
        assertAccessible();
        browser.findElement(By.cssSelector("main a[href^='/meetings/']")).click();
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/meetings/(\\d+).*", "$1"));
        assertAccessible();

        LocalDate day = calendar.addWorkingDays(time.today(), 2);
        browser.findElement(By.id("convening-date")).sendKeys(String.valueOf(day.getDayOfMonth()));
        browser.findElement(By.id("convening-date-month")).sendKeys(String.valueOf(day.getMonthValue()));
        browser.findElement(By.id("convening-date-year")).sendKeys(String.valueOf(day.getYear()));
        browser.findElement(By.id("convening-virtualLink")).sendKeys("https://meet.convene.example/jordan");
        submit(By.cssSelector("form[action$='/convening'] button[type=submit]"));
        assertThat(banner()).contains("Meeting convened");
        assertAccessible();
        screenshot("meeting-convened");

        String policeDuty = jdbc.queryForObject("select duty_email from agency where kind = 'POLICE'", String.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> !rsvpLinks(policeDuty, id).isEmpty());
        String link = rsvpLinks(policeDuty, id).getFirst();
        browser.manage().deleteAllCookies();
        browser.get(link.replace("http://localhost:8080", base));
        assertAccessible();
        browser.findElement(By.cssSelector("input[name=answer][value=ACCEPTED]")).click();
        submit(By.cssSelector("button[type=submit]"));
        assertThat(browser.findElement(By.className("govuk-panel__title")).getText()).isEqualTo("Thank you");
        assertAccessible();
        assertThat(jdbc.queryForObject("select i.status from invitation i join agency a on a.id = i.agency_id where i.meeting_id = ? and a.kind = 'POLICE'",
                String.class, id)).isEqualTo("ACCEPTED");

        time.advanceTo(day.atTime(LocalTime.of(10, 31)).atZone(ZoneId.of("Europe/London")).toInstant());
        signIn("cara.chair");
        browser.get(base + "/meetings/" + id);
        for (WebElement select : browser.findElements(By.cssSelector("select[id^=held-attendance-]"))) {
            new Select(select).selectByValue("PRESENT");
        }
        browser.findElement(By.cssSelector("input[name=confidentialityRead]")).click();
        submit(By.cssSelector("form[action$='/held'] button[type=submit]"));
        assertThat(banner()).contains("Attendance recorded");

        browser.get(base + "/meetings/" + id + "/record");
        assertAccessible();
        browser.findElement(By.id("entry-text")).sendKeys("Two missing episodes this month");
        submit(By.cssSelector("form[action$='/record/entries'] button[type=submit]"));
        assertThat(banner()).contains("Entry added");
        browser.findElement(By.id("approval-password")).sendKeys("convene-demo");
        submit(By.cssSelector("form[action$='/record/approval'] button[type=submit]"));
        assertThat(banner()).contains("Minutes approved");
        assertAccessible();

        browser.get(base + "/meetings/" + id + "/minutes/1");
        assertThat(browser.findElement(By.className("convene-minutes")).getText()).contains("Two missing episodes this month", "Jordan Browser");
        assertAccessible();
        screenshot("minutes");
    }

    private List<String> rsvpLinks(String recipient, long meetingId) {
        return jdbc.queryForList("select body_text from outbox_mail where recipient = ? and body_text like ?", String.class,
                        recipient, "%/meetings/" + meetingId + "\n%").stream()
                .flatMap(body -> body.lines().filter(line -> line.contains("/invitations/")))
                .map(String::trim).toList();
    }

    private String banner() {
        return browser.findElement(By.className("govuk-notification-banner")).getText();
    }


}
