package org.convene.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.convene.directory.Agency;
import org.convene.directory.AgencyKind;
import org.convene.directory.Directory;
import org.convene.meeting.MeetingService;
import org.convene.support.Concerns;
import org.convene.support.ConveneTest;
import org.convene.support.GuestSignIn;
import org.convene.support.MvcBrowser;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An invitee outside the council, with no Convene account, opens their meeting's agenda and their agency's copy of the
 * minutes through their invitation's link and a one-time code e-mailed to the invitation's address; nothing else.
 */
@ConveneTest
class GuestAccessTest {

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
        MvcBrowser browser = new MvcBrowser(mvc);
        assertThat(GuestSignIn.page(link, browser).getContentAsString()).contains("Send me a code", police.dutyEmail().charAt(0) + "•••@")
                .doesNotContain(police.dutyEmail());
        assertThat(GuestSignIn.page(GuestSignIn.papers(link), browser).getRedirectedUrl()).as("not yet signed in").isEqualTo(link);

        GuestSignIn.askForCode(link, browser);
        String code = newestCode(police);
        assertThat(GuestSignIn.askForCode(link, browser).getContentAsString()).contains("less than a minute ago");
        assertThat(GuestSignIn.type(link, "12345", browser).getContentAsString()).contains("The code is 6 digits");
        String wrong = code.equals("000000") ? "111111" : "000000";
        assertThat(GuestSignIn.type(link, wrong, browser).getContentAsString()).contains("The code is not right");
        assertThat(GuestSignIn.type(link, code, browser).getRedirectedUrl()).isEqualTo(GuestSignIn.papers(link));

        assertThat(GuestSignIn.page(GuestSignIn.papers(link), browser).getContentAsString()).contains("Agenda", "Room 7", "There are no approved minutes yet")
                .doesNotContain("Gus Guestbook");
        assertThat(GuestSignIn.type(link, code, browser).getContentAsString()).as("a code works once").contains("expired or been used");

        holdAndApproveWithAnEntryForHealthOnly();
        assertThat(GuestSignIn.page(GuestSignIn.papers(link), browser).getRedirectedUrl()).as("days later, the sign-in has long expired").isEqualTo(link);
        GuestSignIn.askForCode(link, browser);
        assertThat(GuestSignIn.type(link, newestCode(police), browser).getRedirectedUrl()).isEqualTo(GuestSignIn.papers(link));
        String withMinutes = GuestSignIn.page(GuestSignIn.papers(link), browser).getContentAsString();
        assertThat(withMinutes).contains("Minutes of a", "POLICE-MAY-READ-THIS").doesNotContain("HEALTH-ONLY-NOTE");
        String actor = "guest:" + invitationOf(police);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = 'minutes.read'", Integer.class, actor)).isEqualTo(1);
        assertThat(jdbc.queryForList("select action from audit_event where actor = ?", String.class, actor))
                .contains("guest.code-sent", "guest.code-wrong", "guest.signed-in", "meeting.read");
        time.advance(Duration.ofHours(2).plusMinutes(1));
        assertThat(GuestSignIn.page(GuestSignIn.papers(link), browser).getRedirectedUrl()).as("a sign-in lasts two hours").isEqualTo(link);

        String healthLink = guestLink(health);
        assertThat(GuestSignIn.page(GuestSignIn.papers(healthLink), browser).getRedirectedUrl()).as("signed in for one invitation only").isEqualTo(healthLink);
        assertThat(GuestSignIn.page(GuestSignIn.papers(healthLink.replaceFirst("/\\d+\\?", "/" + invitationOf(police) + "?")), browser).getStatus())
                .as("a link is for its own invitation").isEqualTo(403);
    }

    @Test
    void aWithdrawnInvitationOpensNothingAndACodeLastsTenMinutes() throws Exception {
        String link = guestLink(education);
        MvcBrowser browser = new MvcBrowser(mvc);
        GuestSignIn.askForCode(link, browser);
        time.advance(Duration.ofMinutes(11));
        assertThat(GuestSignIn.type(link, newestCode(education), browser).getContentAsString()).contains("expired or been used");

        GuestSignIn.askForCode(link, browser);
        assertThat(GuestSignIn.type(link, newestCode(education), browser).getRedirectedUrl()).isEqualTo(GuestSignIn.papers(link));
        assertThat(GuestSignIn.page(GuestSignIn.papers(link), browser).getStatus()).isEqualTo(200);

        meetings.removeInvitation("cara.chair", meeting, invitationOf(education));
        assertThat(GuestSignIn.page(GuestSignIn.papers(link), browser).getStatus()).isEqualTo(403);
        assertThat(GuestSignIn.page(link, browser).getContentAsString()).contains("This link does not work");
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
        return GuestSignIn.link(jdbc.queryForList(sql, String.class, agency.dutyEmail(), "/meetings/" + meeting).getFirst());
    }

    private String newestCode(Agency agency) {
        String body = jdbc.queryForList("select body_text from outbox_mail where recipient = ? and subject = ? order by id desc",
                String.class, agency.dutyEmail(), GuestSignIn.CODE_SUBJECT).getFirst();
        assertThat(body).doesNotContain("Gus Guestbook");
        return GuestSignIn.code(body);
    }

    private long invitationOf(Agency agency) {
        return meetings.invitationsOf(meeting).stream().filter(i -> agency.id().equals(i.getAgencyId()) && i.getPersonId() == null)
                .findFirst().orElseThrow().getId();
    }

    private Agency agency(AgencyKind kind) {
        return directory.agencies().stream().filter(a -> a.kind() == kind).findFirst().orElseThrow();
    }
}
