package org.convene.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.convene.calendar.Deadlines;
import org.convene.calendar.Timescale;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.directory.Agency;
import org.convene.directory.AgencyKind;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.meeting.Attendance;
import org.convene.meeting.Invitation;
import org.convene.meeting.Invitee;
import org.convene.meeting.Meeting;
import org.convene.meeting.MeetingService;
import org.convene.meeting.MeetingStatus;
import org.convene.minutes.MinutesService;
import org.convene.shared.ConflictException;
import org.convene.subject.Subject;
import org.convene.support.Concerns;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.convene.workflow.Processes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * bpmn/strategy-discussion.bpmn: each path of a concern, by moving the engine's clock (and Convene's). Its discussions
 * run in bpmn/meeting.bpmn (see {@code MeetingProcessTest}); here they are held only to reach the concern's own steps.
 */
@ConveneTest
class StrategyProcessTest {

    @Autowired StrategyService strategies;
    @Autowired StrategyRecord record;
    @Autowired StrategyCaseRepository cases;
    @Autowired MeetingService meetings;
    @Autowired MinutesService minutes;
    @Autowired Concerns concerns;
    @Autowired Processes processes;
    @Autowired Directory directory;
    @Autowired Deadlines deadlines;
    @Autowired WorkingDayCalendar calendar;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;

    private Person cara;
    private Person hugo;
    private Map<AgencyKind, Agency> agencies;

    @BeforeEach
    void directory() {
        cara = directory.personByUsername("cara.chair").orElseThrow();
        hugo = directory.personByUsername("hugo.head").orElseThrow();
        agencies = directory.agencies().stream().collect(Collectors.toMap(Agency::kind, a -> a));
    }

    @Test
    void aSection47DecisionStartsTheEnquiryAndItsOutcomeClosesTheConcern() {
        long concern = raise();
        Meeting discussion = held(concerns.firstMeeting(concern));
        approve(discussion, Section47Decision.SECTION_47_SINGLE_AGENCY);

        StrategyCase enquiry = cases.findById(concern).orElseThrow();
        assertThat(enquiry.getStatus()).isEqualTo(StrategyStatus.ENQUIRY);
        assertThat(enquiry.getEnquiryStartedAt()).isEqualTo(discussion.getStartsAt());
        assertThat(enquiry.getOutcomeDueBy()).isEqualTo(deadlines.after(discussion.getStartsAt(), Timescale.of("15 working days")));
        assertThat(jdbc.queryForMap("select owner_person_id, due_date, meeting_id from action where id = ?", enquiry.getIcpcActionId()))
                .containsEntry("owner_person_id", cara.id()).containsEntry("meeting_id", discussion.getId())
                .containsEntry("due_date", java.sql.Date.valueOf(calendar.addWorkingDays(discussion.getStartsAt().atZone(ZoneId.of("Europe/London")).toLocalDate(), 15)));
        long instance = enquiry.getProcessInstanceKey();

        strategies.recordOutcome("cara.chair", concern, "Concerns substantiated: an initial child protection conference is booked.");
        StrategyCase closed = cases.findById(concern).orElseThrow();
        assertThat(closed.getStatus()).isEqualTo(StrategyStatus.CLOSED);
        await().until(() -> !processes.isRunning(instance));
        time.advanceTo(enquiry.getOutcomeDueBy().plus(Duration.ofHours(1)));
        assertThat(subjects(hugo.email(), concern)).isEmpty();
        assertThat(audit(concern)).containsSubsequence("strategy.raised", "strategy.enquiry-started", "strategy.outcome-recorded");
    }

    @Test
    void anOutcomeNotRecordedInTimeIsEscalatedToTheChairsManagerOnce() {
        long concern = raise();
        approve(held(concerns.firstMeeting(concern)), Section47Decision.SECTION_47_JOINT);
        StrategyCase enquiry = cases.findById(concern).orElseThrow();

        time.advanceTo(enquiry.getOutcomeDueBy());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(subjects(hugo.email(), concern)).containsExactly("The outcome of a section 47 enquiry is late"));
        time.advance(Duration.ofDays(3));
        assertThat(subjects(hugo.email(), concern)).hasSize(1);
        assertThat(cases.findById(concern).orElseThrow().getOutcomeLateEscalatedAt()).isNotNull();
        String mail = jdbc.queryForObject("select body_text from outbox_mail where recipient = ? and body_text like ?", String.class,
                hugo.email(), "%/strategy/" + concern + "\n%");
        assertThat(mail).doesNotContain("Rowan", "older males");
    }

    @Test
    void noFurtherActionClosesTheConcernAndEndsItsProcess() {
        long concern = raise();
        await().until(() -> cases.findById(concern).orElseThrow().getProcessInstanceKey() != null);
        long instance = cases.findById(concern).orElseThrow().getProcessInstanceKey();
        approve(held(concerns.firstMeeting(concern)), Section47Decision.NO_FURTHER_ACTION);

        assertThat(cases.findById(concern).orElseThrow().getStatus()).isEqualTo(StrategyStatus.CLOSED);
        await().until(() -> !processes.isRunning(instance));
        assertThat(audit(concern)).endsWith("strategy.closed");
    }

    @Test
    void aReviewDateAsksForAReviewAndTheConcernStaysOpen() {
        long concern = raise();
        Meeting first = held(concerns.firstMeeting(concern));
        record.setReviewDate("cara.chair", first.getId(), calendar.addWorkingDays(time.today(), 10));
        approve(first, Section47Decision.REVIEW);

        List<Meeting> discussions = meetings.ofCase(StrategyService.CASE_TYPE, concern);
        assertThat(discussions).hasSize(2);
        assertThat(discussions.getLast().getStatus()).isEqualTo(MeetingStatus.REQUESTED);
        assertThat(discussions.getLast().getConveneBy()).isEqualTo(deadlines.startOf(calendar.addWorkingDays(time.today(), 10)));
        assertThat(cases.findById(concern).orElseThrow().getStatus()).isEqualTo(StrategyStatus.OPEN);
        assertThatThrownBy(() -> record.setReviewDate("cara.chair", first.getId(), calendar.addWorkingDays(time.today(), 12)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void markingAConcernComplexAsksForAComplexMeetingWithinTheTimescaleOfTheFirstDiscussion() {
        long concern = raise();
        assertThatThrownBy(() -> strategies.markComplex("cara.chair", concern, "Several children from different families"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("first strategy discussion");
        Meeting first = held(concerns.firstMeeting(concern));

        strategies.markComplex("cara.chair", concern, "Several children from different families, more than one adult");
        StrategyCase complex = cases.findById(concern).orElseThrow();
        Meeting meeting = meetings.meeting(complex.getComplexMeetingId());
        assertThat(meeting.getType()).isEqualTo(StrategyMeetingKinds.COMPLEX);
        assertThat(meeting.getConveneBy()).isEqualTo(deadlines.after(first.getStartsAt(), Timescale.of("72 hours")));
        assertThatThrownBy(() -> strategies.markComplex("cara.chair", concern, "Again")).isInstanceOf(ConflictException.class);

        time.advanceTo(meeting.getConveneBy());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "select subject from outbox_mail where recipient = ? and body_text like ?", String.class, hugo.email(),
                "%/meetings/" + meeting.getId() + "\n%")).containsExactly("A complex strategy meeting has not been convened in time"));
    }

    @Test
    void aWithdrawnConcernCancelsItsDiscussionAndEndsItsProcess() {
        long concern = raise();
        await().until(() -> cases.findById(concern).orElseThrow().getProcessInstanceKey() != null);
        long instance = cases.findById(concern).orElseThrow().getProcessInstanceKey();

        strategies.cancel("cara.chair", concern, "The referrer withdrew it: a misunderstanding");
        assertThat(cases.findById(concern).orElseThrow().getStatus()).isEqualTo(StrategyStatus.CANCELLED);
        assertThat(meetings.meeting(concerns.firstMeeting(concern)).getStatus()).isEqualTo(MeetingStatus.CANCELLED);
        await().until(() -> !processes.isRunning(instance));
        assertThatThrownBy(() -> strategies.recordOutcome("cara.chair", concern, "Too late")).isInstanceOf(ConflictException.class);
    }

    private long raise() {
        return strategies.raise("cara.chair", new NewConcern("Rowan was seen with older males at the station", "PC Smith",
                agencies.get(AgencyKind.POLICE).id(), null, List.of(Subject.child("Rowan Processtest", null, null)), cara.id())).getId();
    }

    private Meeting held(long meetingId) {
        Instant start = calendar.addWorkingDays(time.today(), 2).atTime(LocalTime.of(10, 0)).atZone(ZoneId.of("Europe/London")).toInstant();
        meetings.convene("cara.chair", meetingId, start, start.plus(Duration.ofHours(1)), "Room 1", null,
                List.of(Invitee.agency(agencies.get(AgencyKind.SOCIAL_CARE).id()), Invitee.agency(agencies.get(AgencyKind.POLICE).id()),
                        Invitee.agency(agencies.get(AgencyKind.HEALTH).id())));
        time.advanceTo(start.plus(Duration.ofMinutes(70)));
        Map<Long, Attendance> present = meetings.invitationsOf(meetingId).stream().collect(Collectors.toMap(Invitation::getId, i -> Attendance.PRESENT));
        return meetings.recordHeld("cara.chair", meetingId, present, Map.of(), Map.of(), null, true);
    }

    private void approve(Meeting meeting, Section47Decision decision) {
        for (Subject child : concerns.childrenOf(meeting.getCaseId())) {
            record.saveChild("cara.chair", meeting.getId(), child.id(), "Worried", "School", "Visit", decision, "Because", null, null);
        }
        minutes.approve("cara.chair", meeting.getId(), "convene-demo");
    }

    private List<String> subjects(String recipient, long concern) {
        return jdbc.queryForList("select subject from outbox_mail where recipient = ? and body_text like ? order by id",
                String.class, recipient, "%/strategy/" + concern + "\n%");
    }

    private List<String> audit(long concern) {
        return jdbc.queryForList("select action from audit_event where entity_type = 'strategy' and entity_id = ? order by seq",
                String.class, String.valueOf(concern));
    }
}
