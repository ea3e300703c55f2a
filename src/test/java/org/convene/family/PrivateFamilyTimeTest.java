package org.convene.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import org.convene.action.ActionService;
import org.convene.action.MeetingReference;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.directory.AgencyKind;
import org.convene.directory.Directory;
import org.convene.meeting.Attendance;
import org.convene.meeting.Invitation;
import org.convene.meeting.InvitationContact;
import org.convene.meeting.Invitee;
import org.convene.meeting.MeetingService;
import org.convene.shared.ConflictException;
import org.convene.subject.Subject;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * While private family time runs nothing of the family network meeting is recorded, by anyone, by any way in: each write
 * is refused (a 409 problem detail in the API, a message at the top of the page that keeps what was typed), keeps
 * nothing and audits nothing; the same write is accepted once private family time has ended.
 */
@ConveneTest
class PrivateFamilyTimeTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired FamilyService family;
    @Autowired MeetingService meetings;
    @Autowired ActionService actions;
    @Autowired Directory directory;
    @Autowired WorkingDayCalendar calendar;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    /** A referral whose network meeting is held and in private family time, with one member, and its last audit event then. */
    private record Private(long referral, long meeting, long member, long startedSeq) {
    }

    @Test
    void thePlansTasksByTheApiForAServiceAndAMember() throws Exception {
        Private held = inPrivateTime("Ali Apitask");
        String forService = "{\"what\": \"Offer a breakfast club place\", \"ownerAgencyId\": " + agency(AgencyKind.EDUCATION)
                + ", \"dueDate\": \"" + time.today().plusDays(7) + "\", \"checkedBy\": \"Fay Family\"}";
        String forMember = "{\"what\": \"Grandad stays every night\", \"memberId\": " + held.member()
                + ", \"dueDate\": \"" + time.today().plusDays(7) + "\", \"checkedBy\": \"Fay Family\"}";

        assertRefused(api(post("/api/family-referrals/" + held.referral() + "/tasks"), forService));
        assertRefused(api(post("/api/family-referrals/" + held.referral() + "/tasks"), forMember));
        assertThat(count("family_task", "referral_id", held.referral())).isZero();
        assertNothingWritten(held);

        end(held);
        assertThat(api(post("/api/family-referrals/" + held.referral() + "/tasks"), forService).getStatus()).isEqualTo(201);
        assertThat(api(post("/api/family-referrals/" + held.referral() + "/tasks"), forMember).getStatus()).isEqualTo(201);
        assertThat(count("family_task", "referral_id", held.referral())).isEqualTo(2);
    }

    @Test
    void thePlansTaskByItsFormKeepsWhatWasTyped() throws Exception {
        Private held = inPrivateTime("Bo Pagetask");
        LocalDate due = time.today().plusDays(7);
        MockHttpServletRequestBuilder task = post("/family/" + held.referral() + "/tasks").param("what", "Grandad stays every night, typed and kept")
                .param("doer", "member:" + held.member()).param("dueDate.day", String.valueOf(due.getDayOfMonth()))
                .param("dueDate.month", String.valueOf(due.getMonthValue())).param("dueDate.year", String.valueOf(due.getYear()))
                .param("checkedBy", "Fay Family");
        assertFormRefusedUntilTheEnd(held, task, "Grandad stays every night, typed and kept",
                () -> count("family_task", "referral_id", held.referral()));
    }

    @Test
    void theFamilyDecliningByItsFormKeepsWhatWasTyped() throws Exception {
        Private held = inPrivateTime("Bea Pagedecline");
        MockHttpServletRequestBuilder decline = post("/family/" + held.referral() + "/decline").param("reason", "Dad does not want it, typed and kept");
        assertFormRefusedUntilTheEnd(held, decline, "Dad does not want it, typed and kept", () -> jdbc.queryForObject(
                "select count(*) from family_referral where id = ? and status = 'DECLINED'", Integer.class, held.referral()));
    }

    @Test
    void anEntryInTheRecordByTheApi() throws Exception {
        Private held = inPrivateTime("Cy Apientry");
        String entry = "{\"kind\": \"INFORMATION\", \"text\": \"Dad will stop drinking\", \"visibility\": \"FAMILY\"}";
        assertApiRefusedUntilTheEnd(held, "/api/meetings/" + held.meeting() + "/record/entries", entry,
                () -> count("record_entry", "meeting_id", held.meeting()));
    }

    @Test
    void anEntryInTheRecordByItsPageKeepsWhatWasTyped() throws Exception {
        Private held = inPrivateTime("Di Pageentry");
        MockHttpServletRequestBuilder entry = post("/meetings/" + held.meeting() + "/record/entries").param("kind", "INFORMATION")
                .param("text", "Dad will stop drinking, typed and kept").param("visibility", "FAMILY");
        assertFormRefusedUntilTheEnd(held, entry, "Dad will stop drinking, typed and kept",
                () -> count("record_entry", "meeting_id", held.meeting()));
    }

    @Test
    void whoDoesWhatInTheRecordByTheApi() throws Exception {
        Private held = inPrivateTime("Ed Apiaction");
        String action = "{\"description\": \"Find a nursery place\", \"ownerAgencyId\": " + agency(AgencyKind.EDUCATION)
                + ", \"dueDate\": \"" + time.today().plusDays(7) + "\"}";
        assertApiRefusedUntilTheEnd(held, "/api/meetings/" + held.meeting() + "/record/actions", action,
                () -> count("record_action", "meeting_id", held.meeting()));
    }

    @Test
    void anActionSetAtTheMeeting() {
        Private held = inPrivateTime("Fi Meetingaction");
        MeetingReference setAt = new MeetingReference(held.meeting(), FamilyMeetingKinds.NETWORK);
        long agency = agency(AgencyKind.EDUCATION);

        assertThatThrownBy(() -> actions.raise("fay.family", "Find a nursery place", null, agency, time.today().plusDays(7), setAt))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Private family time is going on");
        assertThat(count("action", "meeting_id", held.meeting())).isZero();
        assertNothingWritten(held);

        end(held);
        actions.raise("fay.family", "Find a nursery place", null, agency, time.today().plusDays(7), setAt);
        assertThat(count("action", "meeting_id", held.meeting())).isEqualTo(1);
    }

    @Test
    void aNetworkMemberChangedOrAddedByTheApi() throws Exception {
        Private held = inPrivateTime("Gil Apimember");
        String changed = "{\"name\": \"Lee Uncle\", \"relationship\": \"Uncle, will have the children every weekend\", \"contact\": \"IN_PERSON\"}";
        String added = "{\"name\": \"Nan Newcomer\", \"relationship\": \"Grandmother\", \"contact\": \"IN_PERSON\"}";

        assertRefused(api(put("/api/family-referrals/" + held.referral() + "/members/" + held.member()), changed));
        assertRefused(api(post("/api/family-referrals/" + held.referral() + "/members"), added));
        assertThat(jdbc.queryForList("select relationship from family_member where referral_id = ?", String.class, held.referral()))
                .containsExactly("Uncle");
        assertNothingWritten(held);

        end(held);
        assertThat(api(put("/api/family-referrals/" + held.referral() + "/members/" + held.member()), changed).getStatus()).isEqualTo(200);
        assertThat(api(post("/api/family-referrals/" + held.referral() + "/members"), added).getStatus()).isEqualTo(201);
        assertThat(count("family_member", "referral_id", held.referral())).isEqualTo(2);
    }

    @Test
    void aNoteSentWithTheStartOrTheEndIsRefusedAndTheStageWaitsForOneWithout() throws Exception {
        long id = heldMeeting("Hal Stagenote").referral();
        family.recordStage("fay.family", id, MeetingStage.SHARING);
        String stages = "/api/family-referrals/" + id + "/stages";

        assertNoteRefused(api(post(stages), "{\"stage\": \"PRIVATE_TIME_STARTED\", \"note\": \"The family are worried about dad\"}"));
        assertThat(referral(id).getPrivateTimeStartedAt()).isNull();
        assertThat(api(post(stages), "{\"stage\": \"PRIVATE_TIME_STARTED\"}").getStatus()).isEqualTo(200);

        assertNoteRefused(api(post(stages), "{\"stage\": \"PRIVATE_TIME_ENDED\", \"note\": \"Dad will stop drinking; nan has the children\"}"));
        assertThat(referral(id).getPrivateTimeEndedAt()).isNull();
        assertThat(api(post(stages), "{\"stage\": \"PRIVATE_TIME_ENDED\"}").getStatus()).isEqualTo(200);
    }

    private Private inPrivateTime(String child) {
        Private held = heldMeeting(child);
        family.recordStage("fay.family", held.referral(), MeetingStage.SHARING);
        family.recordStage("fay.family", held.referral(), MeetingStage.PRIVATE_TIME_STARTED);
        long started = jdbc.queryForObject("select max(seq) from audit_event where action = 'family.meeting-stage' and entity_id = ?", Long.class,
                String.valueOf(held.referral()));
        return new Private(held.referral(), held.meeting(), held.member(), started);
    }

    /** A referral whose family network meeting has started and is recorded as held, before its stages. */
    private Private heldMeeting(String child) {
        long id = family.refer("sam.social", new NewReferral(List.of(Subject.child(child, LocalDate.of(2016, 5, 4), null)), "Asked for help",
                "Alone at night", false)).getId();
        family.allocate("mo.manager", id, directory.personByUsername("fay.family").orElseThrow().id());
        family.recordBaseline("fay.family", id, new Baseline("A plan", "Who can help?", "Never alone overnight", null));
        long member = family.addMember("fay.family", id, new NewMember("Lee Uncle", "Uncle", InvitationContact.IN_PERSON, null, null, null, false, null,
                false, true, null)).getId();
        long meeting = family.networkMeeting(id).orElseThrow().getId();
        Instant start = calendar.addWorkingDays(time.today(), 3).atTime(LocalTime.of(10, 0)).atZone(LONDON).toInstant();
        meetings.convene("fay.family", meeting, start, start.plus(Duration.ofHours(2)), "Children's Centre", null,
                List.of(Invitee.person(directory.personByUsername("sam.social").orElseThrow().id())));
        family.finishPreparation("fay.family", id, "Wants to stay at home");
        time.advanceTo(start);
        Map<Long, Attendance> present = meetings.invitationsOf(meeting).stream().collect(Collectors.toMap(Invitation::getId, i -> Attendance.PRESENT));
        meetings.recordHeld("fay.family", meeting, present, Map.of(), Map.of(), null, true);
        return new Private(id, meeting, member, 0);
    }

    private void end(Private held) {
        family.recordStage("fay.family", held.referral(), MeetingStage.PRIVATE_TIME_ENDED);
    }

    /** Posted during private family time: a 409 that keeps and audits nothing; once it has ended, the same post is kept. */
    private void assertApiRefusedUntilTheEnd(Private held, String url, String json, IntSupplier kept) throws Exception {
        assertRefused(api(post(url), json));
        assertThat(kept.getAsInt()).isZero();
        assertNothingWritten(held);

        end(held);
        assertThat(api(post(url), json).getStatus()).isEqualTo(201);
        assertThat(kept.getAsInt()).isEqualTo(1);
    }

    /**
     * Sent during private family time: the page again, with the message at its top and what was typed in the form,
     * nothing kept or audited; once it has ended, the same form is kept.
     */
    private void assertFormRefusedUntilTheEnd(Private held, MockHttpServletRequestBuilder form, String typed, IntSupplier kept) throws Exception {
        MockHttpServletResponse refused = page(form);
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("govuk-error-summary", typed);
        assertThat(refused.getContentAsString().substring(refused.getContentAsString().indexOf("govuk-error-summary")))
                .containsPattern("(?i)private family time");
        assertThat(kept.getAsInt()).isZero();
        assertNothingWritten(held);

        end(held);
        assertThat(page(form).getStatus()).isEqualTo(302);
        assertThat(kept.getAsInt()).isEqualTo(1);
    }

    private static void assertRefused(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getContentAsString()).containsIgnoringCase("private family time");
    }

    private static void assertNoteRefused(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("note", "send the stage without a note");
    }

    /** No write by the coordinator was audited since private family time started: reading a page is all. */
    private void assertNothingWritten(Private held) {
        assertThat(jdbc.queryForList("select action from audit_event where seq > ? and actor = 'fay.family' and action not like '%.read'", String.class,
                held.startedSeq())).isEmpty();
    }

    private FamilyReferral referral(long id) {
        return family.read("fay.family", id).referral();
    }

    private int count(String table, String column, long id) {
        return jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?", Integer.class, id);
    }

    private long agency(AgencyKind kind) {
        return directory.agencies().stream().filter(a -> a.kind() == kind).findFirst().orElseThrow().id();
    }

    private MockHttpServletResponse api(MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.with(user("fay.family").roles("CHAIR")).contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
    }

    private MockHttpServletResponse page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user("fay.family").roles("CHAIR")).with(csrf())).andReturn().getResponse();
    }
}
