package org.convene.locality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.assessment.AssessmentService;
import org.convene.directory.Directory;
import org.convene.meeting.Attendance;
import org.convene.meeting.Invitation;
import org.convene.meeting.Meeting;
import org.convene.meeting.MeetingService;
import org.convene.meeting.MeetingStatus;
import org.convene.minutes.EntryKind;
import org.convene.minutes.MinutesService;
import org.convene.minutes.Visibility;
import org.convene.shared.ConflictException;
import org.convene.shared.InvalidRequestException;
import org.convene.subject.Subject;
import org.convene.subject.SubjectKind;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each date of a locality's series is held as a meeting of the shared capability: convened at its agenda's freeze with
 * the members invited and no mail of its own (they hold the series' entry), moved and cancelled with its date, held with
 * the confidentiality statement read, and recorded subject by subject: information by agency with its visibility, the
 * analysis, and the decision, acted on once.
 */
@ConveneTest
class LocalityMeetingRecordTest {

    @Autowired LocalityService localities;
    @Autowired LocalityRecord record;
    @Autowired AgendaSubjects agendaSubjects;
    @Autowired MeetingService meetings;
    @Autowired org.convene.meeting.MeetingQueries meetingQueries;
    @Autowired MinutesService minutes;
    @Autowired AssessmentService assessments;
    @Autowired Directory directory;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    private long seriesId;
    private LocalDate first;

    @BeforeEach
    void aSeriesOfItsOwn() {
        long locality = jdbc.queryForObject("insert into locality (name) values (?) returning id", Long.class, "Record locality " + System.nanoTime());
        first = time.today().plusDays(7).with(TemporalAdjusters.next(java.time.DayOfWeek.THURSDAY));
        seriesId = localities.create("ada.admin", new NewSeries(locality, id("mo.manager"), first, LocalTime.of(10, 0), 90, "Room 2",
                Set.of(id("sam.social"), id("pat.police")))).getId();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select process_instance_key is not null from locality_series where id = ?", Boolean.class, seriesId));
    }

    @Test
    void eachDateIsAMeetingConvenedAtItsFreezeWithoutAMailOfItsOwnAndMovedOrCancelledWithItsDate() {
        List<Occurrence> dates = localities.read("mo.manager", seriesId).dates();
        Occurrence one = dates.get(0);
        Occurrence two = dates.get(1);
        int mailsBefore = mailsTo("pat.police", "/localities/" + seriesId + "/");
        long convenedBefore = meetingQueries.timeliness(100 * 365).convened();

        long meetingId = convenedAt(one);
        // Nobody convened it, so nobody's convening is measured by it.
        assertThat(meetingQueries.timeliness(100 * 365).convened()).isEqualTo(convenedBefore);
        Meeting meeting = meetings.meeting(meetingId);
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.CONVENED);
        assertThat(meeting.getStartsAt()).isEqualTo(one.startsAt());
        assertThat(meeting.getChairId()).isEqualTo(id("mo.manager"));
        assertThat(meetings.invitationsOf(meetingId).stream().map(Invitation::getPersonId).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(id("sam.social"), id("pat.police"));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from audit_event where action = 'invitation.in-case-calendar' and entity_id in "
                        + "(select cast(id as varchar) from invitation where meeting_id = ?)", Integer.class, meetingId) == 2);
        // The agenda's own mail, and nothing from the meeting: the members hold the series' calendar entry.
        assertThat(mailsTo("pat.police", "/localities/" + seriesId + "/")).isEqualTo(mailsBefore + 1);
        assertThat(mailsTo("pat.police", "/meetings/" + meetingId)).isZero();
        assertThat(meetings.rightsOf("sam.social", meetingId).view()).isTrue();
        assertThat(meetings.rightsOf("dan.sergeant", meetingId).view()).isFalse();

        long secondMeeting = convenedAt(two);
        int beforeTheChanges = mailsTo("pat.police", "/localities/" + seriesId);
        localities.move("mo.manager", seriesId, two.originalDate(), two.startsAt().plus(Duration.ofHours(2)), two.endsAt().plus(Duration.ofHours(2)),
                "Room 5", "Room taken");
        assertThat(meetings.meeting(secondMeeting).getStartsAt()).isEqualTo(two.startsAt().plus(Duration.ofHours(2)));
        assertThat(meetings.meeting(secondMeeting).getLocation()).isEqualTo("Room 5");
        localities.cancel("mo.manager", seriesId, two.originalDate(), "Away day");
        assertThat(meetings.meeting(secondMeeting).getStatus()).isEqualTo(MeetingStatus.CANCELLED);
        // One mail for each change of the series' entry; none from the meeting.
        assertThat(mailsTo("pat.police", "/localities/" + seriesId)).isEqualTo(beforeTheChanges + 2);
        assertThat(mailsTo("pat.police", "/meetings/" + secondMeeting)).isZero();
    }

    @Test
    void theChairRecordsEachSubjectAndEachDecisionIsActedOnOnce() throws Exception {
        String marker = String.valueOf(System.nanoTime());
        LocalityReferral raise = localities.refer("sam.social", seriesId, referral(SubjectKind.CHILD, "Raise Child " + marker));
        LocalityReferral close = localities.refer("sam.social", seriesId, referral(SubjectKind.CHILD, "Close Child " + marker));
        LocalityReferral group = localities.refer("pat.police", seriesId, referral(SubjectKind.PEER_GROUP, "Record Group " + marker));
        LocalityReferral later = localities.refer("sam.social", seriesId,
                new NewReferral(first.plusWeeks(1), null, SubjectKind.CHILD, "Later Child " + marker, null, "Seen late at night", null));
        Occurrence one = localities.read("mo.manager", seriesId).dates().getFirst();
        long meetingId = convenedAt(one);
        // The date's meeting is about the subjects on its agenda, not every subject the series has.
        assertThat(meetings.subjectsOf(meetings.meeting(meetingId)).stream().map(Subject::id))
                .containsExactlyInAnyOrder(raise.subjectId(), close.subjectId(), group.subjectId());
        assertThat(mvc.perform(get("/meetings/" + meetingId).with(user("mo.manager").roles("CHAIR", "MANAGER"))).andReturn().getResponse()
                .getContentAsString()).contains("Raise Child " + marker).doesNotContain("Later Child " + marker);
        assertThat(subjectPage(raise.subjectId())).contains("/meetings/" + meetingId + "\"");
        assertThat(subjectPage(later.subjectId())).as("a date whose agenda the child was not on").doesNotContain("/meetings/" + meetingId + "\"");

        assertThatThrownBy(() -> record.save("mo.manager", meetingId, raise.subjectId(), decision("Early", LocalityDecision.KEEP_UNDER_REVIEW, null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("held");
        time.advanceTo(one.startsAt().plus(Duration.ofMinutes(5)));
        Map<Long, Attendance> present = meetings.invitationsOf(meetingId).stream().collect(Collectors.toMap(Invitation::getId, i -> Attendance.PRESENT));
        assertThatThrownBy(() -> meetings.recordHeld("mo.manager", meetingId, present, Map.of(), Map.of(), null, false))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("confidentialityRead"));
        meetings.recordHeld("mo.manager", meetingId, present, Map.of(), Map.of(), null, true);

        long police = directory.personByUsername("pat.police").orElseThrow().agencyId();
        minutes.addEntry("mo.manager", meetingId, EntryKind.INFORMATION, police, "Police intelligence " + marker, Visibility.RESTRICTED,
                List.of(police), raise.subjectId());
        assertThatThrownBy(() -> minutes.addEntry("mo.manager", meetingId, EntryKind.INFORMATION, police, "Not on this agenda",
                Visibility.PROFESSIONALS, List.of(), later.subjectId()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("subjectId"));

        record.save("mo.manager", meetingId, close.subjectId(), decision("Settled at school", LocalityDecision.CLOSE, "Safety plan working"));
        SubjectRecord raised = record.save("mo.manager", meetingId, raise.subjectId(),
                decision("Seen with older males", LocalityDecision.STRATEGY_DISCUSSION, "Signs of criminal exploitation"));
        assertThat(raised.strategyCaseId()).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from subject_case where case_type = 'STRATEGY' and case_id = ? and subject_id = ?",
                Integer.class, raised.strategyCaseId(), raise.subjectId())).isEqualTo(1);
        assertThatThrownBy(() -> record.save("mo.manager", meetingId, group.subjectId(),
                decision(null, LocalityDecision.STRATEGY_DISCUSSION, "Why")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("decision"));
        assertThatThrownBy(() -> record.save("mo.manager", meetingId, group.subjectId(),
                new LocalityRecord.SubjectDecision(null, LocalityDecision.ASSESSMENT, null, null, null)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("assessmentLead"));
        SubjectRecord assessed = record.save("mo.manager", meetingId, group.subjectId(),
                new LocalityRecord.SubjectDecision("Meets at the park", LocalityDecision.ASSESSMENT, null, id("sam.social"), null));
        assertThat(assessed.assessmentId()).isNotNull();
        assertThat(assessments.read("sam.social", assessed.assessmentId()).lead().username()).isEqualTo("sam.social");

        // A decision acted on stays; its analysis may still be written.
        assertThatThrownBy(() -> record.save("mo.manager", meetingId, raise.subjectId(), decision("x", LocalityDecision.KEEP_UNDER_REVIEW, null)))
                .isInstanceOf(ConflictException.class);
        record.save("mo.manager", meetingId, raise.subjectId(), decision("Seen with older males, twice", LocalityDecision.STRATEGY_DISCUSSION,
                "Signs of criminal exploitation"));
        assertThat(jdbc.queryForObject("select count(*) from subject_case where case_type = 'STRATEGY' and subject_id = ?", Integer.class,
                raise.subjectId())).isEqualTo(1);
        assertThatThrownBy(() -> record.save("sam.social", meetingId, raise.subjectId(), decision("x", null, null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        // The closed review leaves the next agenda; the others stay under review.
        LocalDate next = first.plusWeeks(1);
        assertThat(agendaSubjects.at(seriesId, next)).contains(raise.subjectId(), group.subjectId()).doesNotContain(close.subjectId());
        // A subject's own dates agree with each date's agenda.
        assertThat(agendaSubjects.datesOf(seriesId, close.subjectId()).test(first)).isTrue();
        assertThat(agendaSubjects.datesOf(seriesId, close.subjectId()).test(next)).isFalse();
        assertThat(agendaSubjects.datesOf(seriesId, raise.subjectId()).test(next)).isTrue();
        assertThat(agendaSubjects.datesOf(seriesId, later.subjectId()).test(first)).isFalse();
        assertThat(agendaSubjects.datesOf(seriesId, later.subjectId()).test(next)).isTrue();
        assertThat(localities.agenda("mo.manager", seriesId, next).assessments()).containsKey(String.valueOf(group.subjectId()));

        // The chair's record page shows each subject with its decision; the date's page links to the meeting.
        String page = mvc.perform(get("/meetings/" + meetingId + "/record").with(user("mo.manager").roles("CHAIR", "MANAGER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Record Group " + marker, "Start a peer group or location assessment", "/strategy/" + raised.strategyCaseId(),
                "/assessments/" + assessed.assessmentId()).doesNotContain("Later Child " + marker);
        String datePage = mvc.perform(get("/localities/" + seriesId + "/dates/" + first).with(user("sam.social")))
                .andReturn().getResponse().getContentAsString();
        assertThat(datePage).contains("/meetings/" + meetingId + "\"", "Assessment to review");
        String rejected = mvc.perform(post("/meetings/" + meetingId + "/record/subjects/" + group.subjectId()).with(user("mo.manager").roles("CHAIR"))
                .with(csrf()).param("analysis", "Typed and kept").param("decision", "NOT_A_DECISION")).andReturn().getResponse().getContentAsString();
        assertThat(rejected).contains("Choose a decision from the list.", "Typed and kept");

        minutes.approve("mo.manager", meetingId, "convene-demo");
        String forPolice = minutes.copyFor("pat.police", meetingId, 1).content().toString();
        String forSocialCare = minutes.copyFor("sam.social", meetingId, 1).content().toString();
        assertThat(forPolice).contains("Police intelligence " + marker).contains("Seen with older males, twice").contains("Safety plan working");
        assertThat(forSocialCare).doesNotContain("Police intelligence " + marker).contains("Seen with older males, twice");
    }

    private long convenedAt(Occurrence occurrence) {
        time.advanceTo(occurrence.agendaFreeze());
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "select meeting_id from locality_agenda_sent where series_id = ? and meeting_date = ? and meeting_id is not null", Long.class,
                seriesId, occurrence.originalDate()).size() == 1);
        return jdbc.queryForObject("select meeting_id from locality_agenda_sent where series_id = ? and meeting_date = ?", Long.class, seriesId,
                occurrence.originalDate());
    }

    private static LocalityRecord.SubjectDecision decision(String analysis, LocalityDecision decision, String reason) {
        return new LocalityRecord.SubjectDecision(analysis, decision, reason, null, null);
    }

    private NewReferral referral(SubjectKind kind, String name) {
        return new NewReferral(first, null, kind, name, null, "Seen late at night", null);
    }

    private String subjectPage(long subjectId) throws Exception {
        return mvc.perform(get("/subjects/" + subjectId).with(user("mo.manager").roles("CHAIR", "MANAGER"))).andReturn().getResponse()
                .getContentAsString();
    }

    private int mailsTo(String username, String linking) {
        return jdbc.queryForObject("select count(*) from outbox_mail where recipient = ? and body_text like ?", Integer.class,
                directory.personByUsername(username).orElseThrow().email(), "%" + linking + "%");
    }

    private long id(String username) {
        return directory.personByUsername(username).orElseThrow().id();
    }
}
