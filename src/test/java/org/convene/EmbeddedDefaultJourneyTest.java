package org.convene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.directory.Agency;
import org.convene.directory.AgencyKind;
import org.convene.directory.Directory;
import org.convene.meeting.Invitation;
import org.convene.meeting.InvitationStatus;
import org.convene.meeting.MeetingService;
import org.convene.support.Concerns;
import org.convene.support.GuestSignIn;
import org.convene.support.HeldLock;
import org.convene.support.Mails;
import org.convene.support.MvcBrowser;
import org.convene.support.TestDatabase;
import org.convene.support.TestPorts;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What a new user meets on the embedded default (`./mvnw spring-boot:run`: its own H2 file database and the engine in
 * process), walked through the pages as people would: the chair signs in, raises a concern and convenes its strategy
 * discussion; an invitee answers by their mailed link; a police duty inbox, with no account, opens the papers with a
 * mailed code; the chair records attendance and the record and approves the minutes; each recipient follows the mail's
 * link to their own copy; the manager's figures open. The suite's other tests run on PostgreSQL, whose driver hands back
 * other types than H2's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "convene.test.database=as-configured",
        "spring.mail.host=127.0.0.1",
        "convene.mail.dispatch-interval=PT0.2S"})
@AutoConfigureMockMvc
@Import({TimeMachine.Configuration.class, Concerns.Configuration.class})
@DirtiesContext
class EmbeddedDefaultJourneyTest {

    private static final int SMTP_PORT = TestPorts.free();
    private static final String CHILD = "Rosa Embedded";
    private static final String INVITATION = "Invitation to a multi-agency meeting";
    private static final String MINUTES_READY = "Minutes of a multi-agency meeting are ready";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void embeddedDefault(DynamicPropertyRegistry registry) throws Exception {
        TestDatabase.embeddedDefault(Files.createTempDirectory("convene-embedded-default")).forEach((name, value) -> registry.add(name, () -> value));
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired MockMvc mvc;
    @Autowired Concerns concerns;
    @Autowired MeetingService meetings;
    @Autowired Directory directory;
    @Autowired WorkingDayCalendar calendar;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;
    @Autowired LockProvider locks;

    /** ShedLock's statements, timed by the database's clock, work on H2 as on PostgreSQL. */
    @Test
    void scheduledWorkIsHeldByOneReplicaAtATimeOnTheEmbeddedDefaultsDatabase() {
        LockConfiguration sweep = new LockConfiguration(ClockProvider.now(), "meeting-sweep", Duration.ofMinutes(1), Duration.ZERO);
        try (HeldLock other = HeldLock.asAnotherReplica(locks, "meeting-sweep")) {
            assertThat(locks.lock(sweep)).as("taken while another replica holds it").isEmpty();
        }
        locks.lock(sweep).orElseThrow().unlock();
    }

    @Test
    void aStrategyDiscussionFromSignInToEachRecipientsCopyOfTheMinutes() throws Exception {
        assertThat(jdbc.queryForObject("select database_path()", String.class)).contains("convene-embedded-default");
        Map<AgencyKind, Agency> agencies = directory.agencies().stream().collect(Collectors.toMap(Agency::kind, a -> a));
        Agency police = agencies.get(AgencyKind.POLICE);
        Agency health = agencies.get(AgencyKind.HEALTH);
        long eddie = directory.personByUsername("eddie.dsl").orElseThrow().id();

        MvcBrowser chair = MvcBrowser.signedIn(mvc, "cara.chair");
        String concernPage = chair.perform(post("/strategy").param("concern", "Seen with older males late at night")
                        .param("referrerName", "A teacher").param("children[0].name", CHILD)
                        .param("chair", String.valueOf(directory.personByUsername("cara.chair").orElseThrow().id())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long meeting = concerns.firstMeeting(Long.parseLong(concernPage.replace("/strategy/", "")));
        await().until(() -> jdbc.queryForObject("select process_instance_key from meeting where id = ?", Long.class, meeting) != null);

        LocalDate day = calendar.addWorkingDays(time.today(), 2);
        chair.perform(post("/meetings/" + meeting + "/convening").param("date.day", String.valueOf(day.getDayOfMonth()))
                        .param("date.month", String.valueOf(day.getMonthValue())).param("date.year", String.valueOf(day.getYear()))
                        .param("startTime", "14:00").param("endTime", "15:00").param("location", "Room 9")
                        .param("invitees", "agency:" + agencies.get(AgencyKind.SOCIAL_CARE).id(), "agency:" + police.id(),
                                "agency:" + health.id(), "person:" + eddie))
                .andExpect(status().is3xxRedirection());

        Matcher answer = Pattern.compile("(?<!/guest)/invitations/(\\d+)\\?token=([A-Za-z0-9_\\-.]+)")
                .matcher(Mails.text(Mails.waitFor(smtp, "eddie.dsl@convene.example", INVITATION)));
        assertThat(answer.find()).isTrue();
        mvc.perform(post("/invitations/" + answer.group(1)).param("token", answer.group(2)).param("answer", "ACCEPTED").with(csrf()))
                .andExpect(status().isOk());
        assertThat(invitation(meeting, eddie).getStatus()).isEqualTo(InvitationStatus.ACCEPTED);

        String papers = openPapers(GuestSignIn.link(Mails.text(Mails.waitFor(smtp, police.dutyEmail(), INVITATION))),
                police.dutyEmail(), 1);
        assertThat(papers).contains("Meeting papers", "Agenda", "Room 9", "There are no approved minutes yet").doesNotContain(CHILD);

        time.advanceTo(day.atTime(LocalTime.of(15, 10)).atZone(ZoneId.of("Europe/London")).toInstant());
        MockHttpServletRequestBuilder held = post("/meetings/" + meeting + "/held").param("confidentialityRead", "true");
        meetings.invitationsOf(meeting).forEach(i -> held.param("attendance[" + i.getId() + "]", "PRESENT"));
        chair.perform(held).andExpect(status().is3xxRedirection());
        chair.perform(post("/meetings/" + meeting + "/record/entries").param("kind", "INFORMATION").param("agency", String.valueOf(police.id()))
                .param("text", "Police will visit the address with social care").param("visibility", "PROFESSIONALS"))
                .andExpect(status().is3xxRedirection());
        chair.perform(post("/meetings/" + meeting + "/record/entries").param("kind", "INFORMATION").param("agency", String.valueOf(health.id()))
                .param("text", "Health holds a note for health only").param("visibility", "RESTRICTED").param("restrictedTo", String.valueOf(health.id())))
                .andExpect(status().is3xxRedirection());
        chair.perform(post("/meetings/" + meeting + "/record/approval").param("password", "convene-demo"))
                .andExpect(status().is3xxRedirection());

        String toEddie = Mails.text(Mails.waitFor(smtp, "eddie.dsl@convene.example", MINUTES_READY));
        assertThat(toEddie).as("someone with an account signs in").contains("/meetings/" + meeting + "/minutes/1").doesNotContain("/guest/");
        assertThat(MvcBrowser.signedIn(mvc, "eddie.dsl").perform(get("/meetings/" + meeting + "/minutes/1")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .contains("Police will visit the address with social care").doesNotContain("Health holds a note");

        String toPolice = Mails.text(Mails.waitFor(smtp, police.dutyEmail(), MINUTES_READY));
        assertThat(toPolice).as("a duty inbox has no account").doesNotContain("/meetings/");
        String copy = openPapers(GuestSignIn.link(toPolice), police.dutyEmail(), 2);
        assertThat(copy).contains("Minutes of a", "Police will visit the address with social care").doesNotContain("Health holds a note");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = 'minutes.read'", Integer.class,
                "guest:" + invitation(meeting, police).getId())).isEqualTo(1);

        chair.perform(get("/manager/actions")).andExpect(status().isOk());
        chair.perform(get("/missing/report")).andExpect(status().isOk());

        for (MimeMessage mail : smtp.getReceivedMessages()) {
            assertThat(Mails.text(mail)).as(mail.getSubject()).doesNotContain(CHILD);
        }
    }

    /**
     * In a browser of their own, the guest follows the link, asks for a code, types the code when it reaches their
     * mailbox (the {@code nth} sent there) and opens the papers.
     */
    private String openPapers(String link, String mailbox, int nth) throws Exception {
        MvcBrowser browser = new MvcBrowser(mvc);
        assertThat(GuestSignIn.page(link, browser).getContentAsString()).contains("Send me a code");
        assertThat(GuestSignIn.askForCode(link, browser).getStatus()).isEqualTo(302);
        String code = GuestSignIn.code(Mails.text(Mails.waitFor(smtp, mailbox, GuestSignIn.CODE_SUBJECT, nth)));
        assertThat(GuestSignIn.type(link, code, browser).getRedirectedUrl()).isEqualTo(GuestSignIn.papers(link));
        return GuestSignIn.page(GuestSignIn.papers(link), browser).getContentAsString();
    }

    private Invitation invitation(long meeting, long personId) {
        return meetings.invitationsOf(meeting).stream().filter(i -> i.getPersonId() != null && i.getPersonId() == personId).findFirst().orElseThrow();
    }

    private Invitation invitation(long meeting, Agency agency) {
        return meetings.invitationsOf(meeting).stream().filter(i -> i.getPersonId() == null && agency.id().equals(i.getAgencyId()))
                .findFirst().orElseThrow();
    }
}
