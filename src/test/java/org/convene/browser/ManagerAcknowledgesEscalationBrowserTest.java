package org.convene.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.convene.action.ActionService;
import org.convene.calendar.Deadlines;
import org.convene.calendar.Timescale;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.directory.Directory;
import org.convene.support.BrowserTest;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A manager opens the overdue list in a real browser and acknowledges the escalation sent to them. */
@ConveneTest
class ManagerAcknowledgesEscalationBrowserTest extends BrowserTest {

    @Autowired ActionService actions;
    @Autowired Directory directory;
    @Autowired Deadlines deadlines;
    @Autowired WorkingDayCalendar calendar;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aManagerAcknowledgesAnEscalationFromTheOverdueList() throws Exception {
        long chloe = directory.personByUsername("chloe.charity").orElseThrow().id();
        var action = actions.raise("cara.chair", "Offer mentoring sessions", chloe, null, calendar.addWorkingDays(time.today(), 5));
        time.advanceTo(deadlines.after(action.getDueDate(), Timescale.of("2 working days")));
        await().atMost(Duration.ofSeconds(20)).until(() -> !actions.details("arthur.auditor", action.getId()).escalations().isEmpty());

        signIn("cal.charity");
        browser.get(base() + "/manager/actions");
        var row = browser.findElement(By.xpath("//tr[.//a[@href='/actions/" + action.getId() + "']]"));
        assertThat(row.getText()).contains("Offer mentoring sessions").contains("Escalated (rung 1)");
        assertAccessible();

        submit(row.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText()).contains("Escalation acknowledged.");
        assertThat(jdbc.queryForObject("select acknowledged_by from action_escalation where action_id = ?", String.class, action.getId()))
                .isEqualTo("cal.charity");
        assertThat(browser.findElements(By.xpath("//tr[.//a[@href='/actions/" + action.getId() + "']]//button"))).isEmpty();
        assertAccessible();

        screenshot("manager-dashboard");
    }
}
