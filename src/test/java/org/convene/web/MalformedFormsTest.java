package org.convene.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.action.ActionService;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.directory.Agency;
import org.convene.directory.AgencyKind;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.meeting.Attendance;
import org.convene.meeting.Invitation;
import org.convene.meeting.Invitee;
import org.convene.meeting.Meeting;
import org.convene.meeting.MeetingChild;
import org.convene.meeting.MeetingService;
import org.convene.meeting.NewConcern;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Forms sent with values no page offers, as a hand-made or stale request would send them: each is answered with its
 * page again and a message saying what to do, never a server error, and nothing changes.
 */
@ConveneTest
class MalformedFormsTest {

    @Autowired MockMvc mvc;
    @Autowired MeetingService meetings;
    @Autowired ActionService actions;
    @Autowired Directory directory;
    @Autowired WorkingDayCalendar calendar;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;

    private Map<AgencyKind, Agency> agencies;

    @BeforeEach
    void agencies() {
        agencies = directory.agencies().stream().collect(Collectors.toMap(Agency::kind, Function.identity()));
    }

    @Test
    void concernAndMeetingForms() throws Exception {
        chair(post("/meetings").param("concern", "Worried").param("referrerAgency", "police").param("children[0].name", "Sam Formtest"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose the referrer&#39;s agency from the list.")))
                .andExpect(content().string(containsString("Say who referred the concern.")))
                .andExpect(content().string(containsString("value=\"Sam Formtest\"")));

        Meeting meeting = convened();
        String page = "/meetings/" + meeting.getId();
        int invitations = meetings.invitationsOf(meeting.getId()).size();
        chair(post(page + "/invitations").param("invitee", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose who to invite.")));
        for (String invitee : List.of("agency:", "agency:three", "person:1e3", "someone", "person:999999999")) {
            chair(post(page + "/invitations").param("invitee", invitee))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("Choose who to invite from the list.")));
        }
        List<Invitation> invited = meetings.invitationsOf(meeting.getId());
        chair(post(page + "/held").param("attendance[" + invited.getFirst().getId() + "]", "SOMETIMES"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose how they attended from the list.")));
        chair(post(page + "/held").param("attendance[" + invited.getFirst().getId() + "]", "APOLOGIES")
                .param("quorumOverrideReason", "Police sent a written update"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("The meeting has not started yet")))
                .andExpect(content().string(containsString("value=\"APOLOGIES\" selected")))
                .andExpect(content().string(containsString(">Police sent a written update</textarea>")));
        assertThat(meetings.invitationsOf(meeting.getId())).hasSize(invitations).allSatisfy(i -> assertThat(i.getAttendance()).isNull());
    }

    @Test
    void recordForms() throws Exception {
        Meeting meeting = held();
        String record = "/meetings/" + meeting.getId() + "/record";
        long childId = meetings.childrenOf(meeting.getId()).getFirst().id();

        chair(post(record + "/entries").param("kind", "GOSSIP").param("text", "Shared").param("visibility", "FAMILY"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose the kind of entry from the list.")));
        chair(post(record + "/entries").param("kind", "INFORMATION").param("text", "Shared").param("visibility", "EVERYONE"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose who may read it from the list.")));
        chair(post(record + "/entries").param("kind", "INFORMATION").param("text", "Shared").param("visibility", "RESTRICTED")
                .param("restrictedTo", "police"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose the agencies from the list.")));
        chair(post(record + "/entries").param("kind", "INFORMATION").param("text", "Shared").param("visibility", "RESTRICTED")
                .param("restrictedTo", "999999999"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose the agencies from the list.")));
        long police = agencies.get(AgencyKind.POLICE).id();
        chair(post(record + "/entries").param("kind", "DISSENT").param("agency", String.valueOf(police))
                .param("text", "Police disagree with the timing of the visit").param("visibility", "RESTRICTED"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Name the agencies that may read this restricted entry.")))
                .andExpect(content().string(containsString(">Police disagree with the timing of the visit</textarea>")))
                .andExpect(content().string(containsString("value=\"DISSENT\" selected")))
                .andExpect(content().string(containsString("value=\"" + police + "\" selected")))
                .andExpect(content().string(containsString("value=\"RESTRICTED\" checked")))
                .andExpect(content().string(containsString("href=\"#entry-restrictedTo\"")));
        chair(post(record + "/children/" + childId).param("decision", "MAYBE"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose the decision from the list.")));
        chair(post(record + "/actions").param("description", "Visit").param("owner", "person:me")
                .param("dueDate.day", "1").param("dueDate.month", "1").param("dueDate.year", "2099"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose who will do it from the list.")));

        assertThat(count("record_entry", meeting.getId())).isZero();
        assertThat(count("child_record", meeting.getId())).isZero();
        assertThat(count("record_action", meeting.getId())).isZero();
    }

    @Test
    void actionForms() throws Exception {
        long id = actions.raise("cara.chair", "Check school attendance", null, agencies.get(AgencyKind.EDUCATION).id(),
                time.today().plusDays(30)).getId();
        chair(post("/actions").param("title", "Visit").param("owner", "agency:x").param("dueDate.day", "1").param("dueDate.month", "1")
                .param("dueDate.year", "2099"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose who owns the action from the list.")));
        chair(post("/actions/" + id + "/reassignment").param("owner", "team:4").param("reason", "Moved"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose the new owner from the list.")));
        chair(post("/actions/" + id + "/extension").param("dueDate.day", "31").param("dueDate.month", "2").param("dueDate.year", "2099")
                .param("reason", "Later"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter a real date")))
                .andExpect(content().string(containsString("value=\"31\"")));
        mvc.perform(post("/actions/" + id + "/completion").param("note", "Spoke to the school on Tuesday")
                        .with(user("eddie.dsl").roles("ATTENDEE")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose what happened.")))
                .andExpect(content().string(containsString(">Spoke to the school on Tuesday</textarea>")));
        assertThat(actions.visibleTo("cara.chair", id).getDueDate()).isEqualTo(time.today().plusDays(30));
        assertThat(actions.visibleTo("cara.chair", id).getOwnerAgencyId()).isEqualTo(agencies.get(AgencyKind.EDUCATION).id());
    }

    @Test
    void afterAcknowledgingAnEscalationOnlyPathsOnThisSiteAreFollowed() throws Exception {
        Person yvonne = directory.personByUsername("yvonne.youth").orElseThrow();
        long actionId = actions.raise("cara.chair", "Detached youth work session", yvonne.id(), null, time.today().plusDays(30)).getId();
        jdbc.update("insert into action_escalation (action_id, due_date, rung, escalated_to_id, escalated_at) values (?, ?, 1, ?, ?)",
                actionId, time.today(), yvonne.id(), Timestamp.from(time.now()));
        long escalationId = jdbc.queryForObject("select id from action_escalation where action_id = ?", Long.class, actionId);
        for (String elsewhere : List.of("//evil.example", "/\\evil.example", "https://evil.example/", "/manager/actions\r\nSet-Cookie:x")) {
            mvc.perform(post("/escalations/" + escalationId + "/acknowledgement").param("returnTo", elsewhere)
                            .with(user("yvonne.youth").roles("MANAGER")).with(csrf()))
                    .andExpect(redirectedUrl("/manager/actions"));
        }
        mvc.perform(post("/escalations/" + escalationId + "/acknowledgement").param("returnTo", "/actions/" + actionId)
                        .with(user("yvonne.youth").roles("MANAGER")).with(csrf()))
                .andExpect(redirectedUrl("/actions/" + actionId));
    }

    private ResultActions chair(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user("cara.chair").roles("CHAIR", "MANAGER")).with(csrf()));
    }

    private Meeting convened() {
        Meeting meeting = meetings.raiseConcern("cara.chair", new NewConcern("Missing overnight twice this month", "PC Smith",
                agencies.get(AgencyKind.POLICE).id(), null, List.of(MeetingChild.named("Sam Formtest", null, "F-1")),
                directory.personByUsername("cara.chair").orElseThrow().id()));
        await().until(() -> meetings.meeting(meeting.getId()).getProcessInstanceKey() != null);
        Instant start = calendar.addWorkingDays(time.today(), 2).atTime(LocalTime.of(10, 0)).atZone(ZoneId.of("Europe/London")).toInstant();
        return meetings.convene("cara.chair", meeting.getId(), start, start.plus(Duration.ofHours(1)), "Room 2", null,
                List.of(new Invitee(null, agencies.get(AgencyKind.SOCIAL_CARE).id()), new Invitee(null, agencies.get(AgencyKind.POLICE).id()),
                        new Invitee(null, agencies.get(AgencyKind.HEALTH).id())));
    }

    private Meeting held() {
        Meeting meeting = convened();
        time.advanceTo(meeting.getStartsAt().plus(Duration.ofMinutes(70)));
        Map<Long, Attendance> present = meetings.invitationsOf(meeting.getId()).stream()
                .collect(Collectors.toMap(Invitation::getId, i -> Attendance.PRESENT));
        return meetings.recordHeld("cara.chair", meeting.getId(), present, Map.of(), Map.of(), null);
    }

    private int count(String table, long meetingId) {
        return jdbc.queryForObject("select count(*) from " + table + " where meeting_id = ?", Integer.class, meetingId);
    }
}
