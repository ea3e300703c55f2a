package org.convene.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.directory.Agency;
import org.convene.directory.AgencyKind;
import org.convene.directory.Directory;
import org.convene.meeting.MeetingService;
import org.convene.support.Concerns;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An invitee outside the council, with no Convene account, opens their meeting's agenda and their agency's copy of the
 * minutes through their invitation's link and a one-time code e-mailed to the invitation's address; nothing else.
 */
@ConveneTest
class GuestAccessTest {

    static final Pattern LINK = Pattern.compile("/guest/invitations/(\\d+)\\?token=([A-Za-z0-9_.-]+)");
    static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @Autowired MockMvc mvc;
    @Autowired Concerns concerns;
    @Autowired MeetingService meetings;
    @Autowired MinutesService minutes;
    @Autowired Directory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired TimeMachine time;

    long meeting;
    Agency police;
    Agency health;
    Agency education;

    @BeforeEach
    void conveneAMeeting() {
        meeting = concerns.discussion("cara.chair", "Gus Guestbook", directory.personByUsername("cara.chair").orElseThrow().id());
        police = agency(AgencyKind.POLICE);
        health = agency(AgencyKind.HEALTH);
        education = agency(AgencyKind.EDUCATION);
        concerns.convene(meeting, 11, "Room 7", AgencyKind.EDUCATION);
    }

    @Test
    void anInviteeOpensTheAgendaAndTheirAgencysCopyOfTheMinutesWithAOneTimeCode() throws Exception {
        String link = guestLink(police);
        MockHttpSession browser = new MockHttpSession();
        assertThat(page(link, browser).getContentAsString()).contains("Send me a code", police.dutyEmail().charAt(0) + "•••@")
                .doesNotContain(police.dutyEmail());
        assertThat(page(papers(link), browser).getRedirectedUrl()).as("not yet signed in").isEqualTo(link);

        mvc.perform(post(action(link, "code")).session(browser).with(csrf()));
        String code = newestCode(police);
        assertThat(mvc.perform(post(action(link, "code")).session(browser).with(csrf())).andReturn().getResponse().getContentAsString())
                .contains("less than a minute ago");
        assertThat(type(link, "12345", browser).getContentAsString()).contains("The code is 6 digits");
        String wrong = code.equals("000000") ? "111111" : "000000";
        assertThat(type(link, wrong, browser).getContentAsString()).contains("The code is not right");
        assertThat(type(link, code, browser).getRedirectedUrl()).isEqualTo(papers(link));

        assertThat(page(papers(link), browser).getContentAsString()).contains("Agenda", "Room 7", "There are no approved minutes yet")
                .doesNotContain("Gus Guestbook");
        assertThat(type(link, code, browser).getContentAsString()).as("a code works once").contains("expired or been used");

        holdAndApproveWithAnEntryForHealthOnly();
        assertThat(page(papers(link), browser).getRedirectedUrl()).as("days later, the sign-in has long expired").isEqualTo(link);
        mvc.perform(post(action(link, "code")).session(browser).with(csrf()));
        assertThat(type(link, newestCode(police), browser).getRedirectedUrl()).isEqualTo(papers(link));
        String withMinutes = page(papers(link), browser).getContentAsString();
        assertThat(withMinutes).contains("Minutes of a", "POLICE-MAY-READ-THIS").doesNotContain("HEALTH-ONLY-NOTE");
        String guest = "guest:" + invitationOf(police);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = 'minutes.read'", Integer.class, guest)).isEqualTo(1);
        assertThat(jdbc.queryForList("select action from audit_event where actor = ?", String.class, guest))
                .contains("guest.code-sent", "guest.code-wrong", "guest.signed-in", "meeting.read");
        time.advance(Duration.ofHours(2).plusMinutes(1));
        assertThat(page(papers(link), browser).getRedirectedUrl()).as("a sign-in lasts two hours").isEqualTo(link);

        String healthLink = guestLink(health);
        assertThat(page(papers(healthLink), browser).getRedirectedUrl()).as("signed in for one invitation only").isEqualTo(healthLink);
        assertThat(page(papers(healthLink.replaceFirst("/\\d+\\?", "/" + invitationOf(police) + "?")), browser).getStatus())
                .as("a link is for its own invitation").isEqualTo(403);
    }

    @Test
    void aWithdrawnInvitationOpensNothingAndACodeLastsTenMinutes() throws Exception {
        String link = guestLink(education);
        MockHttpSession browser = new MockHttpSession();
        mvc.perform(post(action(link, "code")).session(browser).with(csrf()));
        time.advance(Duration.ofMinutes(11));
        assertThat(type(link, newestCode(education), browser).getContentAsString()).contains("expired or been used");

        mvc.perform(post(action(link, "code")).session(browser).with(csrf()));
        assertThat(type(link, newestCode(education), browser).getRedirectedUrl()).isEqualTo(papers(link));
        assertThat(page(papers(link), browser).getStatus()).isEqualTo(200);

        meetings.removeInvitation("cara.chair", meeting, invitationOf(education));
        assertThat(page(papers(link), browser).getStatus()).isEqualTo(403);
        assertThat(page(link, browser).getContentAsString()).contains("This link does not work");
    }

    private void holdAndApproveWithAnEntryForHealthOnly() {
        concerns.holdWithEveryonePresent(meeting);
        minutes.addEntry("cara.chair", meeting, EntryKind.INFORMATION, police.id(), "POLICE-MAY-READ-THIS", Visibility.PROFESSIONALS, List.of(), null);
        minutes.addEntry("cara.chair", meeting, EntryKind.INFORMATION, health.id(), "HEALTH-ONLY-NOTE", Visibility.RESTRICTED, List.of(health.id()), null);
        minutes.approve("cara.chair", meeting, "convene-demo");
    }

    private String guestLink(Agency agency) {
        String sql = "select body_text from outbox_mail where recipient = ? and about_path = ? and calendar_method = 'REQUEST' order by id desc";
        await().atMost(Duration.ofSeconds(20)).until(() -> !jdbc.queryForList(sql, String.class, agency.dutyEmail(), "/meetings/" + meeting).isEmpty());
        Matcher link = LINK.matcher(jdbc.queryForList(sql, String.class, agency.dutyEmail(), "/meetings/" + meeting).getFirst());
        assertThat(link.find()).isTrue();
        return link.group();
    }

    private String newestCode(Agency agency) {
        String body = jdbc.queryForList("select body_text from outbox_mail where recipient = ? and subject = 'Your code to open the meeting papers' order by id desc",
                String.class, agency.dutyEmail()).getFirst();
        assertThat(body).doesNotContain("Gus Guestbook");
        Matcher code = CODE.matcher(body);
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    private MockHttpServletResponse page(String path, MockHttpSession browser) throws Exception {
        return mvc.perform(get(path).session(browser)).andReturn().getResponse();
    }

    private MockHttpServletResponse type(String link, String code, MockHttpSession browser) throws Exception {
        return mvc.perform(post(action(link, "session")).param("code", code).session(browser).with(csrf())).andReturn().getResponse();
    }

    private static String action(String link, String what) {
        return link.replace("?token=", "/" + what + "?token=");
    }

    private static String papers(String link) {
        return action(link, "papers");
    }

    private long invitationOf(Agency agency) {
        return meetings.invitationsOf(meeting).stream().filter(i -> agency.id().equals(i.getAgencyId()) && i.getPersonId() == null)
                .findFirst().orElseThrow().getId();
    }

    private Agency agency(AgencyKind kind) {
        return directory.agencies().stream().filter(a -> a.kind() == kind).findFirst().orElseThrow();
    }
}
