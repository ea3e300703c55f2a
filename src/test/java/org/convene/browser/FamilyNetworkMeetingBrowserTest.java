package org.convene.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.directory.Directory;
import org.convene.family.Baseline;
import org.convene.family.FamilyService;
import org.convene.family.NewMember;
import org.convene.family.NewReferral;
import org.convene.meeting.InvitationContact;
import org.convene.subject.Subject;
import org.convene.support.BrowserTest;
import org.convene.support.ConveneTest;
import org.convene.support.PlainLanguage;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A coordinator runs a family network meeting in a real browser: convenes it, invites an aunt by e-mail and a grandfather
 * by a printed letter, finishes preparation, records the stages as they happen (private family time as its start and end
 * only), writes the plan, sends it, and prints it. Every page is checked by axe.
 */
@ConveneTest
class FamilyNetworkMeetingBrowserTest extends BrowserTest {

    @Autowired FamilyService family;
    @Autowired Directory directory;
    @Autowired WorkingDayCalendar calendar;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aCoordinatorRunsTheMeetingAndPrintsThePlan() throws Exception {
        long id = family.refer("sam.social", new NewReferral(List.of(Subject.child("Rowan Browser", null, null)), "The family asked for help",
                "Rowan is left alone at night", true)).getId();
        family.allocate("mo.manager", id, directory.personByUsername("fay.family").orElseThrow().id());
        family.recordBaseline("fay.family", id, new Baseline("A plan for nights", "Who can stay with Rowan at night?", "Rowan is never alone overnight", null));
        long aunt = family.addMember("sam.social", id, new NewMember("Maria Browseraunt", "Aunt", InvitationContact.EMAIL, "maria.browser@family.example",
                null, null, false, null, false, true, null)).getId();
        long grandad = family.addMember("sam.social", id, new NewMember("Tomasz Browsergrandad", "Grandfather", InvitationContact.POST, null,
                "4 Example Road, Exampletown EX1 2AB", "Polish", true, "Uses a wheelchair", true, true, org.convene.family.OfferAnswer.ACCEPTED)).getId();
        String page = base() + "/family/" + id;

        signIn("fay.family");
        browser.get(page);
        assertAccessible();
        browser.findElement(By.linkText("Family network meeting")).click();
        LocalDate day = calendar.addWorkingDays(time.today(), 3);
        browser.findElement(By.id("convening-date")).sendKeys(String.valueOf(day.getDayOfMonth()));
        browser.findElement(By.id("convening-date-month")).sendKeys(String.valueOf(day.getMonthValue()));
        browser.findElement(By.id("convening-date-year")).sendKeys(String.valueOf(day.getYear()));
        browser.findElement(By.id("convening-location")).sendKeys("Children's Centre, Example Street");
        submit(By.cssSelector("form[action$='/convening'] button[type=submit]"));

        browser.get(page);
        new Select(browser.findElement(By.id("how-" + aunt))).selectByValue("EMAIL");
        submit(By.cssSelector("form[action$='/members/" + aunt + "/invitation'] button"));
        assertThat(banner()).contains("Invitation recorded");
        new Select(browser.findElement(By.id("how-" + grandad))).selectByValue("POST");
        submit(By.cssSelector("form[action$='/members/" + grandad + "/invitation'] button"));
        new Select(browser.findElement(By.id("answer-" + grandad))).selectByValue("COMING");
        submit(By.cssSelector("form[action$='/members/" + grandad + "/answer'] button"));
        assertThat(browser.findElement(By.id("network")).findElement(By.xpath("following-sibling::table")).getText())
                .contains("Invited by post", "Coming", "Invited by e-mail", "No answer yet");
        browser.findElement(By.cssSelector("a[href$='/members/" + grandad + "/invitation-letter']")).click();
        String letter = browser.findElement(By.className("convene-letter")).getText();
        assertThat(letter).contains("4 Example Road", "Children's Centre, Example Street", "An interpreter will explain this letter to you in Polish");
        assertThat(PlainLanguage.problems(browser.findElement(By.className("convene-letter")).getAttribute("innerHTML"))).isEmpty();
        assertAccessible();

        browser.get(page);
        browser.findElement(By.id("prepared-childViews")).sendKeys("Rowan wants to stay near school and see grandad every week");
        submit(By.cssSelector("form[action='/family/" + id + "/preparation'] button"));
        assertThat(banner()).contains("Preparation finished");
        for (String stage : List.of("information sharing started", "private family time started", "private family time ended")) {
            submit(browser.findElement(By.xpath("//button[normalize-space()='Record: " + stage + "']")));
            assertThat(banner()).contains("Recorded");
        }
        assertAccessible();

        browser.findElement(By.id("task-what")).sendKeys("Stay with Rowan on weeknights");
        new Select(browser.findElement(By.id("task-doer"))).selectByValue("member:" + aunt);
        LocalDate due = time.today().plusDays(14);
        browser.findElement(By.id("task-dueDate")).sendKeys(String.valueOf(due.getDayOfMonth()));
        browser.findElement(By.id("task-dueDate-month")).sendKeys(String.valueOf(due.getMonthValue()));
        browser.findElement(By.id("task-dueDate-year")).sendKeys(String.valueOf(due.getYear()));
        browser.findElement(By.id("task-checkedBy")).sendKeys("Fay Family");
        submit(By.cssSelector("form[action='/family/" + id + "/tasks'] button"));
        assertThat(banner()).contains("Task added");
        browser.findElement(By.id("plan-backupPlan")).sendKeys("Rowan stays with grandad if the aunt cannot");
        browser.findElement(By.cssSelector("input[name=councilAgrees][value=yes]")).click();
        submit(By.cssSelector("form[action='/family/" + id + "/plan'] button"));
        assertThat(banner()).contains("Plan agreed");
        submit(By.cssSelector("form[action$='/plan/send'] button"));
        assertThat(banner()).contains("Plan sent");
        assertAccessible();
        screenshot("family-referral");

        browser.findElement(By.linkText("The family's plan, to print")).click();
        assertThat(browser.findElement(By.className("convene-letter")).getText())
                .contains("Your family plan", "Stay with Rowan on weeknights", "Maria Browseraunt", "Rowan stays with grandad if the aunt cannot",
                        "The council agrees with the plan");
        assertAccessible();
        screenshot("family-plan");
        String pdfLink = browser.findElement(By.linkText("Download it to print (PDF)")).getAttribute("href");
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfLink)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains("Your family plan", "Stay with Rowan on weeknights");
        }
        assertThat(jdbc.queryForList("select subject from outbox_mail where recipient = 'maria.browser@family.example' order by id", String.class))
                .containsExactly("You are invited to a family meeting", "Your family plan is ready");
    }

    private String banner() {
        return browser.findElement(By.className("govuk-notification-banner")).getText();
    }
}
