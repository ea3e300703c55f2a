package org.convene.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.convene.directory.Directory;
import org.convene.support.BrowserTest;
import org.convene.support.Concerns;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** A chair whose meeting's time has passed without a record sees it on their list and is asked on its page to record it. */
@ConveneTest
class MeetingNotRecordedBrowserTest extends BrowserTest {

    @Autowired Concerns concerns;
    @Autowired Directory directory;
    @Autowired TimeMachine time;

    @Test
    void theChairSeesAMeetingNotRecordedAndIsAskedToRecordIt() throws Exception {
        long meeting = concerns.discussion("cara.chair", "Noor Unrecorded", directory.personByUsername("cara.chair").orElseThrow().id());
        time.advanceTo(concerns.convene(meeting, 9, "Room 3").plus(Duration.ofHours(2)));

        signIn("cara.chair");
        browser.get(base() + "/meetings");
        String row = browser.findElement(By.xpath("//a[@href='/meetings/" + meeting + "']/ancestor::tr")).getText();
        assertThat(row).contains("not recorded yet");
        assertAccessible();

        browser.findElement(By.cssSelector("a[href='/meetings/" + meeting + "']")).click();
        assertThat(browser.findElement(By.cssSelector(".govuk-summary-list")).getText()).contains("it is not recorded as held yet");
        assertThat(browser.findElement(By.cssSelector(".govuk-warning-text")).getText()).contains("This meeting's time has passed");
        assertAccessible();
        screenshot("meeting-not-recorded");
    }
}
