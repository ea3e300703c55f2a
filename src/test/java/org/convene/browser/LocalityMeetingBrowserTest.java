package org.convene.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.locality.LocalityReferral;
import org.convene.locality.LocalityService;
import org.convene.locality.NewReferral;
import org.convene.locality.NewSeries;
import org.convene.locality.Occurrence;
import org.convene.subject.SubjectKind;
import org.convene.subject.Subjects;
import org.convene.support.BrowserTest;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A chair runs a locality meeting from its agenda in a real browser: from the date's agenda to the meeting, attendance
 * and the confidentiality statement, what the police shared (restricted to them), each subject's analysis and decision
 * (a child's review closed, an assessment of a peer group started), and the minutes approved; then the assessment's lead
 * finds it due, records it, and opens the group's peer map, drawn and listed. Every page is checked by axe.
 */
@ConveneTest
class LocalityMeetingBrowserTest extends BrowserTest {

    @Autowired LocalityService localities;
    @Autowired Directory directory;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;
    @Autowired Subjects subjects;

    @Test
    void aChairRunsALocalityMeetingFromItsAgenda() throws Exception {
        String marker = String.valueOf(System.nanoTime());
        long locality = jdbc.queryForObject("insert into locality (name) values (?) returning id", Long.class, "Browser locality " + marker);
        LocalDate first = time.today().plusDays(7).with(TemporalAdjusters.next(java.time.DayOfWeek.FRIDAY));
        long seriesId = localities.create("ada.admin", new NewSeries(locality, person("mo.manager").id(), first, LocalTime.of(10, 0), 90,
                "Room 6", Set.of(person("sam.social").id(), person("pat.police").id()))).getId();
        String child = "Rowan Browserchild " + marker;
        String group = "Browser Underpass Group " + marker;
        LocalityReferral childReferral = localities.refer("sam.social", seriesId, new NewReferral(first, null, SubjectKind.CHILD, child, null,
                "Missing from school on Fridays", null));
        LocalityReferral groupReferral = localities.refer("pat.police", seriesId, new NewReferral(first, null, SubjectKind.PEER_GROUP, group, null,
                "Gathers at the underpass after dark", null));
        subjects.link("mo.manager", childReferral.subjectId(), groupReferral.subjectId(), "Hangs out with them");
        Occurrence occurrence = localities.read("mo.manager", seriesId).dates().getFirst();
        time.advanceTo(occurrence.agendaFreeze());
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList("select meeting_id from locality_agenda_sent where series_id = ? "
                + "and meeting_id is not null", Long.class, seriesId).size() == 1);
        time.advanceTo(occurrence.startsAt().plus(Duration.ofMinutes(2)));

        signIn("mo.manager");
        browser.get(base() + "/localities/" + seriesId + "/dates/" + first);
        assertThat(main()).contains(child, group, "Missing from school on Fridays");
        assertAccessible();
        submit(By.partialLinkText("record attendance"));
        for (WebElement select : browser.findElements(By.cssSelector("select[id^=held-attendance-]"))) {
            new Select(select).selectByValue("PRESENT");
        }
        browser.findElement(By.cssSelector("input[name=confidentialityRead]")).click();
        submit(By.cssSelector("form[action$='/held'] button[type=submit]"));
        assertThat(banner()).contains("Attendance recorded");
        String meeting = browser.getCurrentUrl().replaceAll("(.*/meetings/\\d+).*", "$1");

        browser.get(meeting + "/record");
        assertAccessible();
        Person police = person("pat.police");
        String policeName = directory.agency(police.agencyId()).name();
        new Select(browser.findElement(By.id("entry-agency"))).selectByVisibleText(policeName);
        browser.findElement(By.id("entry-text")).sendKeys("Seen with an older male known to police " + marker);
        new Select(browser.findElement(By.id("entry-child"))).selectByVisibleText(child);
        browser.findElement(By.cssSelector("input[name=visibility][value=RESTRICTED]")).click();
        browser.findElement(By.cssSelector("input[name=restrictedTo][value='" + police.agencyId() + "']")).click();
        submit(By.cssSelector("form[action$='/record/entries'] button[type=submit]"));
        assertThat(banner()).contains("Entry added");

        long childId = childReferral.subjectId();
        browser.findElement(By.id("analysis-" + childId)).sendKeys("Attendance back to normal since the school's plan");
        new Select(browser.findElement(By.id("decision-" + childId))).selectByValue("CLOSE");
        browser.findElement(By.id("reason-" + childId)).sendKeys("The school's safety plan is working");
        submit(By.cssSelector("form[action$='/record/subjects/" + childId + "'] button[type=submit]"));
        assertThat(banner()).contains("Saved");

        long groupId = groupReferral.subjectId();
        new Select(browser.findElement(By.id("decision-" + groupId))).selectByValue("ASSESSMENT");
        submit(By.cssSelector("form[action$='/record/subjects/" + groupId + "'] button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Choose who leads the assessment.");
        assertAccessible();
        new Select(browser.findElement(By.id("subjectRecord-decision"))).selectByValue("ASSESSMENT");
        new Select(browser.findElement(By.id("subjectRecord-assessmentLead"))).selectByVisibleText(person("sam.social").displayName());
        submit(By.cssSelector("form[action$='/record/subjects/" + groupId + "'] button[type=submit]"));
        assertThat(banner()).contains("Saved");
        assertThat(main()).contains("Open assessment");
        assertAccessible();
        screenshot("locality-meeting-record");

        browser.findElement(By.id("approval-password")).sendKeys("convene-demo");
        submit(By.cssSelector("form[action$='/record/approval'] button[type=submit]"));
        assertThat(banner()).contains("Minutes approved");
        browser.get(meeting + "/minutes/1");
        assertThat(browser.findElement(By.className("convene-minutes")).getText()).contains("Attendance back to normal since the school's plan",
                "Close, with the reason", "Start a peer group or location assessment", "Seen with an older male known to police " + marker);
        assertAccessible();

        browser.manage().deleteAllCookies();
        signIn("sam.social");
        browser.get(meeting + "/minutes/1");
        assertThat(browser.findElement(By.className("convene-minutes")).getText()).contains("Attendance back to normal since the school's plan")
                .doesNotContain("Seen with an older male known to police " + marker);
        browser.get(base() + "/assessments");
        assertAccessible();
        submit(By.linkText(group));
        browser.findElement(By.id("known-risks")).sendKeys("Older males supply cannabis there");
        browser.findElement(By.cssSelector("input[name=weighting][value=HIGH]")).click();
        submit(By.cssSelector("form[action$='/assessments/" + browser.getCurrentUrl().replaceAll(".*/assessments/(\\d+).*", "$1") + "'] button[type=submit]"));
        assertThat(banner()).contains("Saved");
        assertThat(browser.findElement(By.id("known-risks")).getAttribute("value")).isEqualTo("Older males supply cannabis there");
        assertAccessible();

        submit(By.linkText("Its peer map"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.findElement(By.id("peer-map")).getAttribute("data-drawn") != null);
        assertThat(browser.findElement(By.id("peer-map")).getAttribute("data-drawn")).isEqualTo("2");
        assertThat(browser.findElement(By.tagName("table")).getText()).contains(group, child, "Linked: Hangs out with them");
        assertAccessible();
        screenshot("peer-map");
    }

    private String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private String banner() {
        return browser.findElement(By.className("govuk-notification-banner")).getText();
    }

    private Person person(String username) {
        return directory.personByUsername(username).orElseThrow();
    }
}
