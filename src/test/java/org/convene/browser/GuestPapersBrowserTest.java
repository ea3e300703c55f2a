package org.convene.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.directory.Agency;
import org.convene.directory.AgencyKind;
import org.convene.directory.Directory;
import org.convene.support.BrowserTest;
import org.convene.support.Concerns;
import org.convene.support.ConveneTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A police officer with no Convene account opens the meeting papers from their invitation, as they would. */
@ConveneTest
class GuestPapersBrowserTest extends BrowserTest {

    @Autowired Concerns concerns;
    @Autowired Directory directory;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anInviteeAsksForACodeTypesItAndReadsTheAgenda() throws Exception {
        long meeting = concerns.discussion("cara.chair", "Bea Browser", directory.personByUsername("cara.chair").orElseThrow().id());
        Agency police = directory.agencies().stream().filter(a -> a.kind() == AgencyKind.POLICE).findFirst().orElseThrow();
        concerns.convene(meeting, 14, "Room 8");
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
}
