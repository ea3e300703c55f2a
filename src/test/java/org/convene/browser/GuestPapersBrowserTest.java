package org.convene.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.directory.Agency;
import org.convene.directory.AgencyKind;
import org.convene.directory.Directory;
import org.convene.meeting.Invitee;
import org.convene.meeting.MeetingService;
import org.convene.support.BrowserTest;
import org.convene.support.Concerns;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A police officer with no Convene account opens the meeting papers from their invitation, as they would. */
@ConveneTest
class GuestPapersBrowserTest extends BrowserTest {

    @Autowired Concerns concerns;
    @Autowired MeetingService meetings;
    @Autowired Directory directory;
    @Autowired WorkingDayCalendar calendar;
    @Autowired JdbcTemplate jdbc;
    @Autowired TimeMachine time;

    @Test
    void anInviteeAsksForACodeTypesItAndReadsTheAgenda() throws Exception {
        long cara = directory.personByUsername("cara.chair").orElseThrow().id();
        long meeting = concerns.firstMeeting(concerns.raise("cara.chair", "Bea Browser", cara));
        Agency police = agency(AgencyKind.POLICE);
        Instant start = calendar.addWorkingDays(time.today(), 2).atTime(LocalTime.of(14, 0)).atZone(ZoneId.of("Europe/London")).toInstant();
        meetings.convene("cara.chair", meeting, start, start.plus(Duration.ofHours(1)), "Room 8", null, List.of(
                Invitee.agency(agency(AgencyKind.SOCIAL_CARE).id()), Invitee.agency(police.id()), Invitee.agency(agency(AgencyKind.HEALTH).id())));
        String sql = "select body_text from outbox_mail where recipient = ? and about_path = ? and calendar_method = 'REQUEST'";
        await().atMost(Duration.ofSeconds(20)).until(() -> !jdbc.queryForList(sql, String.class, police.dutyEmail(), "/meetings/" + meeting).isEmpty());
        Matcher link = Pattern.compile("/guest/invitations/\\d+\\?token=[A-Za-z0-9_.-]+")
                .matcher(jdbc.queryForList(sql, String.class, police.dutyEmail(), "/meetings/" + meeting).getFirst());
        assertThat(link.find()).isTrue();

        browser.get(base() + link.group());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Open the meeting papers");
        assertAccessible();
        submit(By.xpath("//button[text()='Send me a code']"));
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText()).contains("We have sent a code");

        browser.findElement(By.id("codeForm-code")).sendKeys("12345");
        submit(By.xpath("//button[text()='Open the papers']"));
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText()).contains("The code is 6 digits");
        assertThat(browser.findElement(By.id("codeForm-code")).getAttribute("value")).as("what was typed is kept").isEqualTo("12345");
        assertAccessible();

        String mail = jdbc.queryForList("select body_text from outbox_mail where recipient = ? and subject = 'Your code to open the meeting papers' order by id desc",
                String.class, police.dutyEmail()).getFirst();
        Matcher code = Pattern.compile("\\b(\\d{6})\\b").matcher(mail);
        assertThat(code.find()).isTrue();
        browser.findElement(By.id("codeForm-code")).clear();
        browser.findElement(By.id("codeForm-code")).sendKeys(code.group(1));
        submit(By.xpath("//button[text()='Open the papers']"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Meeting papers");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Room 8", "Agenda").doesNotContain("Bea Browser");
        assertAccessible();
        screenshot("guest-papers");
    }

    private Agency agency(AgencyKind kind) {
        return directory.agencies().stream().filter(a -> a.kind() == kind).findFirst().orElseThrow();
    }
}
