package org.convene.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.convene.calendar.Deadlines;
import org.convene.calendar.Timescale;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.directory.Agency;
import org.convene.directory.AgencyKind;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.shared.ConflictException;
import org.convene.shared.InvalidRequestException;
import org.convene.shared.NotFoundException;
import org.convene.strategy.NewConcern;
import org.convene.strategy.StrategyService;
import org.convene.subject.Subject;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.security.access.AccessDeniedException;

/**
 * bpmn/meeting.bpmn: every path and every timer, by moving the engine's clock (and Convene's), for a meeting a concern
 * asked for (a strategy discussion: the meeting is the same whichever case asks).
 */
@ConveneTest
class MeetingProcessTest {

    private static final String CHILD = "Riley Testchild";

    @Autowired MeetingService meetings;
    @Autowired StrategyService strategies;
    @Autowired MeetingRepository repository;
    @Autowired Directory directory;
    @Autowired Deadlines deadlines;
    @Autowired WorkingDayCalendar calendar;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;
    @Autowired Agenda agenda;
    @Autowired MeetingSweep sweep;
    @Autowired org.convene.workflow.Processes processes;
    @Autowired MockMvc mvc;
    @Autowired MeetingQueries meetingQueries;

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
    void aConcernNotConvenedInTimeEscalatesToTheChairsManagerOnce() {
        Meeting meeting = raise();
        await().until(() -> processOf(meeting.getId()) != null);
        time.advanceTo(meeting.getConveneBy());
        awaitSubjects(hugo.email(), meeting.getId(), "A strategy discussion has not been convened in time");
        time.advance(Duration.ofDays(2));
        assertThat(subjects(hugo.email(), meeting.getId())).hasSize(1);
        assertThat(audit(meeting.getId())).containsExactly("meeting.requested", "meeting.not-convened-escalated");
    }

    @Test
    void conveningSendsEachInviteeACalendarRequestThatNamesNoChild() throws Exception {
        Meeting meeting = convened(raise());
        Agency police = agencies.get(AgencyKind.POLICE);
        awaitSubjects(police.dutyEmail(), meeting.getId(), "Invitation to a multi-agency meeting");

        Map<String, Object> mail = latestMailTo(police.dutyEmail(), meeting.getId());
        assertThat(mail.get("calendar_method")).isEqualTo("REQUEST");
        Calendar ics = new CalendarBuilder().build(new StringReader((String) mail.get("calendar_ics")));
        VEvent event = (VEvent) ics.getComponents("VEVENT").getFirst();
        assertThat(ics.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo("meeting-" + meeting.getId() + "@convene");
        assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("0");
        assertThat(event.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo(ical(repository.findById(meeting.getId()).orElseThrow().getStartsAt()));
        assertThat(event.getProperty("ATTENDEE").orElseThrow().getValue()).isEqualTo("mailto:" + police.dutyEmail());
        for (Object part : List.of(mail.get("subject"), mail.get("body_text"), mail.get("body_html"), mail.get("calendar_ics"))) {
            assertThat((String) part).doesNotContain("Riley", "Testchild", "worried");
        }
        assertThat(audit(meeting.getId())).containsExactly("meeting.requested", "meeting.convened");
    }

    @Test
    void reschedulingSendsAnUpdateWithAHigherSequenceAndCancellingSendsACancel() throws Exception {
        Meeting meeting = convened(raise());
        String health = agencies.get(AgencyKind.HEALTH).dutyEmail();
        awaitSubjects(health, meeting.getId(), "Invitation to a multi-agency meeting");

        Instant later = repository.findById(meeting.getId()).orElseThrow().getStartsAt().plus(Duration.ofDays(1));
        meetings.reschedule("cara.chair", meeting.getId(), later, later.plus(Duration.ofHours(1)), "Room 2, City Hall", null);
        awaitSubjects(health, meeting.getId(), "Invitation to a multi-agency meeting", "Updated: multi-agency meeting");
        VEvent update = event(latestMailTo(health, meeting.getId()));
        assertThat(update.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");
        assertThat(update.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo(ical(later));

        meetings.cancel("cara.chair", meeting.getId(), "Child moved out of the area");
        Map<String, Object> cancellation = latestMailTo(health, meeting.getId());
        assertThat(cancellation.get("subject")).isEqualTo("Cancelled: multi-agency meeting");
        Calendar ics = new CalendarBuilder().build(new StringReader((String) cancellation.get("calendar_ics")));
        assertThat(ics.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent cancelled = (VEvent) ics.getComponents("VEVENT").getFirst();
        assertThat(cancelled.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("2");
        assertThat(cancelled.getProperty("UID").orElseThrow().getValue()).isEqualTo("meeting-" + meeting.getId() + "@convene");
    }

    @Test
    void remindersGoOutAndTheChairIsAlertedWhenARequiredAgencyHasNotAccepted() {
        Meeting meeting = convened(raise());
        Invitation police = invitationTo(meeting, AgencyKind.POLICE);
        Invitation socialCare = invitationTo(meeting, AgencyKind.SOCIAL_CARE);
        meetings.answer(police.getId(), InvitationStatus.ACCEPTED, null, null);
        meetings.answer(socialCare.getId(), InvitationStatus.ACCEPTED, null, null);
        Meeting scheduled = repository.findById(meeting.getId()).orElseThrow();

        time.advanceTo(deadlines.before(scheduled.getStartsAt(), Timescale.of("1 working day")));
        awaitSubjects(agencies.get(AgencyKind.HEALTH).dutyEmail(), meeting.getId(), "Invitation to a multi-agency meeting", "Reminder: multi-agency meeting");

        time.advanceTo(deadlines.before(scheduled.getStartsAt(), Timescale.of("4 hours")));
        awaitSubjects(cara.email(), meeting.getId(), "A required agency has not accepted your meeting");
        assertThat((String) latestMailTo(cara.email(), meeting.getId()).get("body_text")).contains("health").doesNotContain("police");
    }

    @Test
    void anAnswerCanChangeUntilTheMeetingAndADelegateGetsAnInvitationOfTheirOwn() throws Exception {
        Meeting meeting = convened(raise());
        Invitation police = invitationTo(meeting, AgencyKind.POLICE);
        meetings.answer(police.getId(), InvitationStatus.DELEGATED, "DS Jones", "ds.jones@convene.example");
        Invitation delegate = meetings.invitationsOf(meeting.getId()).stream().filter(i -> police.getId().equals(i.getDelegateOfId()))
                .findFirst().orElseThrow();
        assertThat(delegate.isActive()).isTrue();
        assertThat(delegate.getEmail()).isEqualTo("ds.jones@convene.example");
        Map<String, Object> invitation = latestMailTo("ds.jones@convene.example", meeting.getId());
        assertThat(invitation.get("subject")).isEqualTo("Invitation to a multi-agency meeting");
        assertThat(invitation.get("calendar_method")).isEqualTo("REQUEST");
        assertThat((String) invitation.get("body_text")).contains("/invitations/" + delegate.getId() + "?token=");

        meetings.answer(police.getId(), InvitationStatus.DECLINED, null, null);
        Invitation changed = meetings.invitationsOf(meeting.getId()).stream().filter(i -> i.getId().equals(police.getId())).findFirst().orElseThrow();
        assertThat(changed.getStatus()).isEqualTo(InvitationStatus.DECLINED);
        assertThat(changed.getDelegateName()).isNull();
        assertThat(meetings.invitationsOf(meeting.getId()).stream().filter(i -> i.getId().equals(delegate.getId())).findFirst().orElseThrow().isActive())
                .as("the delegate no longer stands in").isFalse();
        assertThat(latestMailTo("ds.jones@convene.example", meeting.getId()).get("calendar_method")).isEqualTo("CANCEL");
        assertThat(audit(police.getId(), "invitation")).containsSubsequence("invitation.answered", "invitation.answered");
    }

    @Test
    void aMeetingConvenedAtShortNoticeSendsOnlyItsInvitationAndAlertsTheChairLater() {
        Meeting meeting = raise();
        Instant start = time.now().plus(Duration.ofHours(3));
        meetings.convene("cara.chair", meeting.getId(), start, start.plus(Duration.ofHours(1)), "Room 1", null, required());
        await().until(() -> repository.findById(meeting.getId()).orElseThrow().getRemindersSentAt() != null);
        String health = agencies.get(AgencyKind.HEALTH).dutyEmail();
        assertThat(subjects(health, meeting.getId())).containsExactly("Invitation to a multi-agency meeting");
        assertThat(subjects(cara.email(), meeting.getId())).doesNotContain("A required agency has not accepted your meeting");

        time.advanceTo(time.now().plus(MeetingSchedule.NOTICE));
        awaitSubjects(cara.email(), meeting.getId(), "A required agency has not accepted your meeting");
        assertThat(subjects(health, meeting.getId())).containsExactly("Invitation to a multi-agency meeting");
    }

    @Test
    void aMovedMeetingAsksEveryoneAgainAndTheChairRecordsAnAnswerGivenByPhone() {
        Meeting meeting = convened(raise());
        Invitation police = invitationTo(meeting, AgencyKind.POLICE);
        Invitation health = invitationTo(meeting, AgencyKind.HEALTH);
        meetings.answer(police.getId(), InvitationStatus.ACCEPTED, null, null);
        Instant later = meeting.getStartsAt().plus(Duration.ofDays(1));
        meetings.reschedule("cara.chair", meeting.getId(), later, later.plus(Duration.ofHours(1)), "Room 3", null);
        Invitation asked = meetings.invitationsOf(meeting.getId()).stream().filter(i -> i.getId().equals(police.getId())).findFirst().orElseThrow();
        assertThat(asked.getStatus()).isEqualTo(InvitationStatus.INVITED);
        assertThat(asked.getRespondedAt()).isNull();

        assertThatThrownBy(() -> meetings.recordAnswer("pat.police", meeting.getId(), health.getId(), InvitationStatus.ACCEPTED, null, null))
                .as("an invitee may see the meeting, not record others' answers").isInstanceOf(AccessDeniedException.class);
        Invitation recorded = meetings.recordAnswer("cara.chair", meeting.getId(), health.getId(), InvitationStatus.TENTATIVE, null, null);
        assertThat(recorded.getStatus()).isEqualTo(InvitationStatus.TENTATIVE);
        assertThat(recorded.getAnswerRecordedBy()).isEqualTo("cara.chair");
        assertThat(audit(health.getId(), "invitation")).contains("invitation.answer-recorded");
    }

    @Test
    void conveningWithoutPoliceOrHealthOrInThePastIsRefusedAndChangesNothing() {
        Meeting meeting = raise();
        Instant start = startTomorrow();
        List<Invitee> socialCareOnly = List.of(Invitee.agency(agencies.get(AgencyKind.SOCIAL_CARE).id()));
        assertThatThrownBy(() -> meetings.convene("cara.chair", meeting.getId(), start, start.plus(Duration.ofHours(1)), "Room 1", null, socialCareOnly))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("health, police");
        assertThatThrownBy(() -> meetings.convene("cara.chair", meeting.getId(), time.now().minus(Duration.ofHours(2)),
                time.now().minus(Duration.ofHours(1)), "Room 1", null, required()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("future");
        assertThatThrownBy(() -> meetings.convene("pat.police", meeting.getId(), start, start.plus(Duration.ofHours(1)), "Room 1", null, required()))
                .isInstanceOf(NotFoundException.class);
        assertThat(repository.findById(meeting.getId()).orElseThrow().getStatus()).isEqualTo(MeetingStatus.REQUESTED);
        assertThat(meetings.invitationsOf(meeting.getId())).isEmpty();
        assertThat(audit(meeting.getId())).containsExactly("meeting.requested");
    }

    @Test
    void heldNeedsTheQuorumOrAReasonThenLateMinutesEscalate() {
        Meeting meeting = convened(raise());
        Meeting scheduled = repository.findById(meeting.getId()).orElseThrow();
        time.advanceTo(scheduled.getEndsAt());
        Map<Long, Attendance> healthAbsent = meetings.invitationsOf(meeting.getId()).stream().collect(Collectors.toMap(Invitation::getId,
                i -> directory.agency(i.getAgencyId()).kind() == AgencyKind.HEALTH ? Attendance.APOLOGIES : Attendance.PRESENT));

        assertThatThrownBy(() -> meetings.recordHeld("cara.chair", meeting.getId(), healthAbsent, Map.of(), Map.of(), null, true))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("Not quorate: health");
        assertThat(repository.findById(meeting.getId()).orElseThrow().getStatus()).isEqualTo(MeetingStatus.CONVENED);

        meetings.recordHeld("cara.chair", meeting.getId(), healthAbsent, Map.of(), Map.of(), "Health sent a written report; urgent", true);
        Meeting held = repository.findById(meeting.getId()).orElseThrow();
        assertThat(held.getStatus()).isEqualTo(MeetingStatus.HELD);
        assertThat(held.getQuorumOverrideReason()).isEqualTo("Health sent a written report; urgent");

        time.advanceTo(held.getMinutesDueBy());
        awaitSubjects(hugo.email(), meeting.getId(), "Minutes of a strategy discussion are late");
    }

    @Test
    void aMeetingNotRecordedAWorkingDayAfterItStartedIsChasedWithTheChairOnce() throws Exception {
        Meeting meeting = convened(raise());
        Meeting scheduled = repository.findById(meeting.getId()).orElseThrow();
        assertThat(scheduled.isAwaitingRecord(time.now())).isFalse();
        long notRecordedBefore = meetingQueries.timeliness(1).notRecorded();
        time.advanceTo(scheduled.getEndsAt());
        assertThat(scheduled.isAwaitingRecord(time.now())).isTrue();
        assertThat(meetingQueries.timeliness(1).notRecorded()).as("on the managers' dashboard").isGreaterThan(notRecordedBefore);
        assertThat(page("mo.manager", "/manager/actions")).contains("Meetings past and not recorded");
        assertThat(page("cara.chair", "/meetings")).contains("not recorded yet");
        assertThat(page("cara.chair", "/meetings/" + meeting.getId())).contains("it is not recorded as held yet", "This meeting's time has passed");
        assertThat(page("pat.police", "/meetings/" + meeting.getId())).contains("it is not recorded as held yet")
                .as("only the chair is asked to record it").doesNotContain("This meeting's time has passed");
        assertThat(subjects(cara.email(), meeting.getId())).as("not before a working day has passed")
                .doesNotContain("Record whether your strategy discussion took place");

        time.advanceTo(deadlines.after(scheduled.getStartsAt(), Timescale.of("1 working day")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(subjects(cara.email(), meeting.getId()))
                .contains("Record whether your strategy discussion took place"));
        Map<String, Object> mail = latestMailTo(cara.email(), meeting.getId());
        assertThat((String) mail.get("body_text")).contains("not recorded as held yet").doesNotContain(CHILD);
        assertThat(audit(meeting.getId())).endsWith("meeting.not-recorded-chased");

        time.advance(Duration.ofDays(3));
        sweep.sweep();
        assertThat(subjects(cara.email(), meeting.getId())).containsOnlyOnce("Record whether your strategy discussion took place");
        assertThat(audit(meeting.getId()).stream().filter("meeting.not-recorded-chased"::equals)).hasSize(1);
    }

    @Test
    void aMeetingHeldInTimeIsNeverChased() {
        Meeting meeting = convened(raise());
        Meeting scheduled = repository.findById(meeting.getId()).orElseThrow();
        time.advanceTo(scheduled.getEndsAt());
        meetings.recordHeld("cara.chair", meeting.getId(), meetings.invitationsOf(meeting.getId()).stream()
                .collect(Collectors.toMap(Invitation::getId, i -> Attendance.PRESENT)), Map.of(), Map.of(), null, true);
        time.advanceTo(deadlines.after(scheduled.getStartsAt(), Timescale.of("1 working day")));
        sweep.sweep();
        assertThat(subjects(cara.email(), meeting.getId())).doesNotContain("Record whether your strategy discussion took place");
        assertThat(audit(meeting.getId())).doesNotContain("meeting.not-recorded-chased");
    }

    @Test
    void theSweepChasesAMeetingNotRecordedWhoseTimerWasLost() {
        Meeting meeting = convened(raise());
        // Once its invitations are sent the process waits for the meeting: nothing of it is still at work when it is cancelled
        int sequence = repository.findById(meeting.getId()).orElseThrow().getCalendarSequence();
        await().until(() -> meetings.invitationsOf(meeting.getId()).stream().filter(Invitation::isActive)
                .filter(Invitation::isByEmail).allMatch(invitation -> invitation.getSentSequence() == sequence));
        processes.cancel(processOf(meeting.getId()));
        Meeting scheduled = repository.findById(meeting.getId()).orElseThrow();
        time.advanceTo(deadlines.after(scheduled.getStartsAt(), Timescale.of("1 working day")).plus(Duration.ofMinutes(16)));
        assertThat(audit(meeting.getId())).as("no timer left to do it").doesNotContain("meeting.not-recorded-chased");

        sweep.sweep();
        sweep.sweep();
        assertThat(audit(meeting.getId()).stream().filter("meeting.not-recorded-chased"::equals)).hasSize(1);
        assertThat(subjects(cara.email(), meeting.getId())).containsOnlyOnce("Record whether your strategy discussion took place");
    }

    @Test
    void withdrawingAnInvitationRemovesAccessAtOnceAndCancelsTheirEntry() {
        Meeting meeting = convened(raise());
        Person yusuf = directory.personByUsername("yusuf.youth").orElseThrow();
        Invitation youth = meetings.invite("cara.chair", meeting.getId(), Invitee.person(yusuf.id()));
        assertThat(meetings.visibleTo("yusuf.youth", meeting.getId())).isNotNull();

        meetings.removeInvitation("cara.chair", meeting.getId(), youth.getId());
        assertThatThrownBy(() -> meetings.visibleTo("yusuf.youth", meeting.getId())).isInstanceOf(NotFoundException.class);
        assertThat(latestMailTo(yusuf.email(), meeting.getId()).get("calendar_method")).isEqualTo("CANCEL");
        assertThatThrownBy(() -> meetings.answer(youth.getId(), InvitationStatus.ACCEPTED, null, null));
    }

    @Test
    void theAgendaHasTheStandardItemsAndTheChairEditsItUntilTheMeetingStarts() throws Exception {
        Meeting meeting = convened(raise());
        long id = meeting.getId();
        List<String> standard = agenda.itemsOf(id).stream().map(AgendaItem::title).toList();
        assertThat(standard).hasSize(12).contains("Information from each agency", "The child's lived experience and their own views");

        meetings.addAgendaItem("cara.chair", id, "Update from the youth service");
        long first = agenda.itemsOf(id).getFirst().id();
        meetings.changeAgendaItem("cara.chair", id, first, "Introductions and apologies");
        meetings.removeAgendaItem("cara.chair", id, agenda.itemsOf(id).get(1).id());
        assertThatThrownBy(() -> meetings.addAgendaItem("pat.police", id, "Mine")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.addAgendaItem("cara.chair", id, " ")).isInstanceOf(InvalidRequestException.class);
        List<String> edited = agenda.itemsOf(id).stream().map(AgendaItem::title).toList();
        assertThat(edited).hasSize(12).startsWith("Introductions and apologies").endsWith("Update from the youth service");

        String pdf;
        try (var document = org.apache.pdfbox.Loader.loadPDF(meetings.agendaPdf("pat.police", id))) {
            pdf = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(pdf).contains("Introductions and apologies", "Update from the youth service").doesNotContain("Riley");

        time.advanceTo(repository.findById(id).orElseThrow().getStartsAt());
        assertThatThrownBy(() -> meetings.addAgendaItem("cara.chair", id, "Too late")).isInstanceOf(ConflictException.class);
        assertThat(agenda.itemsOf(id)).hasSize(12);
    }

    @Test
    void someoneWithoutEmailIsInvitedByALetterAndToldAgainWhenTheMeetingMoves() throws Exception {
        Meeting meeting = convened(raise());
        long id = meeting.getId();
        assertThatThrownBy(() -> meetings.invite("cara.chair", id, Invitee.withoutEmail(" ", null, InvitationContact.POST, "1 High Street")))
                .isInstanceOf(InvalidRequestException.class).extracting("field").isEqualTo("name");
        assertThatThrownBy(() -> meetings.invite("cara.chair", id, Invitee.withoutEmail("Nan", null, InvitationContact.POST, null)))
                .isInstanceOf(InvalidRequestException.class).extracting("field").isEqualTo("contactDetails");
        Invitation nan = meetings.invite("cara.chair", id, Invitee.withoutEmail("Margaret Lettergran", null, InvitationContact.POST,
                "1 High Street, Leeds LS1 1AA"));
        assertThat(nan.getEmail()).isNull();
        assertThat(nan.isRequired()).isFalse();
        assertThat(nan.getInvitedAt()).as("not yet told").isNull();

        String letter = pdfText(meetings.letterPdf("cara.chair", id, nan.getId()));
        assertThat(letter).contains("Margaret Lettergran", "1 High Street, Leeds LS1 1AA", "Room 1, City Hall", "strategy discussion")
                .doesNotContain("Riley", "Testchild", "older males");
        assertThatThrownBy(() -> meetings.letter("pat.police", id, nan.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.letter("cara.chair", id, invitationTo(meeting, AgencyKind.POLICE).getId()))
                .as("an e-mailed invitation has no letter").isInstanceOf(NotFoundException.class);

        Invitation told = meetings.recordContacted("cara.chair", id, nan.getId());
        assertThat(told.getInvitedAt()).isNotNull();
        assertThat(told.getSentSequence()).isEqualTo(0);
        Instant later = repository.findById(id).orElseThrow().getStartsAt().plus(Duration.ofDays(1));
        meetings.reschedule("cara.chair", id, later, later.plus(Duration.ofHours(1)), "Room 2, City Hall", null);
        awaitSubjects(agencies.get(AgencyKind.HEALTH).dutyEmail(), id, "Invitation to a multi-agency meeting", "Updated: multi-agency meeting");
        Invitation again = meetings.invitationsOf(id).stream().filter(i -> i.getId().equals(nan.getId())).findFirst().orElseThrow();
        assertThat(again.getSentSequence()).as("to be told of the new time").isLessThan(repository.findById(id).orElseThrow().getCalendarSequence());
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where recipient is null or body_text like ?", Long.class,
                "%/invitations/" + nan.getId() + "?%")).as("nothing is mailed to someone without e-mail").isZero();
        assertThat(audit(nan.getId(), "invitation")).containsExactly("invitation.created", "invitation.contacted");
    }

    @Test
    void theChairConfirmsTheConfidentialityStatementWasReadAtTheStart() {
        Meeting meeting = convened(raise());
        time.advanceTo(repository.findById(meeting.getId()).orElseThrow().getEndsAt());
        Map<Long, Attendance> present = meetings.invitationsOf(meeting.getId()).stream().collect(Collectors.toMap(Invitation::getId, i -> Attendance.PRESENT));

        assertThatThrownBy(() -> meetings.recordHeld("cara.chair", meeting.getId(), present, Map.of(), Map.of(), null, false))
                .isInstanceOf(InvalidRequestException.class).extracting("field").isEqualTo("confidentialityRead");
        assertThat(repository.findById(meeting.getId()).orElseThrow().getStatus()).isEqualTo(MeetingStatus.CONVENED);
        Meeting held = meetings.recordHeld("cara.chair", meeting.getId(), present, Map.of(), Map.of(), null, true);
        assertThat(held.getConfidentialityReadAt()).isEqualTo(held.getHeldAt());
    }

    @Test
    void theSweepDoesAStepWhoseTimerWasLostOnce() {
        Meeting meeting = raise();
        await().until(() -> processOf(meeting.getId()) != null);
        processes.cancel(processOf(meeting.getId()));
        time.advanceTo(meeting.getConveneBy().plus(Duration.ofMinutes(16)));
        assertThat(audit(meeting.getId())).as("no timer left to do it").containsExactly("meeting.requested");

        sweep.sweep();
        sweep.sweep();
        assertThat(audit(meeting.getId())).containsExactly("meeting.requested", "meeting.not-convened-escalated");
        assertThat(subjects(hugo.email(), meeting.getId())).containsExactly("A strategy discussion has not been convened in time");
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private Meeting raise() {
        long concern = strategies.raise("cara.chair", new NewConcern("Found with older males, worried about exploitation",
                "PC Smith", agencies.get(AgencyKind.POLICE).id(), null, List.of(Subject.child(CHILD, null, "C-1")), cara.id())).getId();
        return meetings.ofCase("STRATEGY", concern).getFirst();
    }

    private Meeting convened(Meeting meeting) {
        await().until(() -> processOf(meeting.getId()) != null);
        Instant start = startTomorrow();
        return meetings.convene("cara.chair", meeting.getId(), start, start.plus(Duration.ofHours(1)), "Room 1, City Hall",
                "https://meet.convene.example/abc", required());
    }

    private List<Invitee> required() {
        return List.of(Invitee.agency(agencies.get(AgencyKind.SOCIAL_CARE).id()), Invitee.agency(agencies.get(AgencyKind.POLICE).id()),
                Invitee.agency(agencies.get(AgencyKind.HEALTH).id()));
    }

    private Instant startTomorrow() {
        return calendar.addWorkingDays(time.today(), 2).atTime(LocalTime.of(10, 0)).atZone(ZoneId.of("Europe/London")).toInstant();
    }

    private Invitation invitationTo(Meeting meeting, AgencyKind kind) {
        return meetings.invitationsOf(meeting.getId()).stream().filter(i -> agencies.get(kind).id().equals(i.getAgencyId())).findFirst().orElseThrow();
    }

    private Long processOf(long meetingId) {
        return repository.findById(meetingId).orElseThrow().getProcessInstanceKey();
    }

    private String page(String username, String path) throws Exception {
        Person person = directory.personByUsername(username).orElseThrow();
        return mvc.perform(get(path).with(user(username).roles(person.roles().stream().map(Enum::name).toArray(String[]::new))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void awaitSubjects(String recipient, long meetingId, String... expected) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(subjects(recipient, meetingId)).containsExactly(expected));
    }

    private List<String> subjects(String recipient, long meetingId) {
        return jdbc.queryForList("select subject from outbox_mail where recipient = ? and body_text like ? order by id",
                String.class, recipient, "%/meetings/" + meetingId + "\n%");
    }

    /** The newest mail to the recipient about this meeting (other tests' meetings may be mailing them too). */
    private Map<String, Object> latestMailTo(String recipient, long meetingId) {
        return jdbc.queryForList("select * from outbox_mail where recipient = ? and (body_text like ? or calendar_ics like ?) order by id desc",
                recipient, "%/meetings/" + meetingId + "\n%", "%UID:meeting-" + meetingId + "@convene%").getFirst();
    }

    private static VEvent event(Map<String, Object> mail) throws Exception {
        return (VEvent) new CalendarBuilder().build(new StringReader((String) mail.get("calendar_ics"))).getComponents("VEVENT").getFirst();
    }

    private static String ical(Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(instant);
    }

    private List<String> audit(long meetingId) {
        return audit(meetingId, "meeting");
    }

    private List<String> audit(long entityId, String entityType) {
        return jdbc.queryForList("select action from audit_event where entity_type = ? and entity_id = ? order by seq",
                String.class, entityType, String.valueOf(entityId));
    }
}
