package org.convene.minutes;

import org.convene.shared.Hashes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.directory.Agency;
import org.convene.directory.AgencyKind;
import org.convene.directory.Directory;
import org.convene.meeting.Attendance;
import org.convene.meeting.Invitation;
import org.convene.meeting.Invitee;
import org.convene.meeting.Meeting;
import org.convene.meeting.MeetingService;
import org.convene.meeting.MeetingStatus;
import org.convene.strategy.NewConcern;
import org.convene.strategy.Section47Decision;
import org.convene.strategy.StrategyRecord;
import org.convene.strategy.StrategyService;
import org.convene.strategy.StrategyStatus;
import org.convene.subject.Subject;
import org.convene.shared.ConflictException;
import org.convene.shared.InvalidRequestException;
import org.convene.support.ConveneTest;
import org.convene.support.Mails;
import org.convene.support.TestPorts;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A strategy discussion from the concern to circulated minutes, with every mail going through a real SMTP server and
 * the calendar entry parsed back; then each reader's copy, the PDF they download, and a correction.
 */
@ConveneTest
class ConcernToCirculatedMinutesTest {

    /** Days back to count meetings from, wider than any test run moves the clock. */
    private static final int WHOLE_RECORD = 100 * 365;

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(TestPorts.SMTP, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired MeetingService meetings;
    @Autowired StrategyService strategies;
    @Autowired StrategyRecord strategyRecord;
    @Autowired MinutesService minutes;
    @Autowired MinutesRenderer renderer;
    @Autowired Directory directory;
    @Autowired WorkingDayCalendar calendar;
    @Autowired org.convene.calendar.Deadlines deadlines;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired org.convene.meeting.MeetingQueries meetingQueries;

    /**
     * Mails earlier tests queued while no mail server ran, and that are due now, are sent first, in order, now that one
     * runs: this test's own mails are awaited once those have gone, however many other tests queued.
     */
    @BeforeEach
    void earlierMailSent() {
        await().atMost(Duration.ofMinutes(3)).until(() -> jdbc.queryForObject("""
                select count(*) from outbox_mail where next_attempt_at <= ?
                   and (status = 'PENDING' or status = 'FAILED' and failure = 'UNREACHABLE' and dealt_with_at is null)""",
                Integer.class, java.sql.Timestamp.from(time.now())) == 0);
    }

    @Test
    void fromConcernToCirculatedMinutes() throws Exception {
        Map<AgencyKind, Agency> agencies = directory.agencies().stream().collect(Collectors.toMap(Agency::kind, a -> a));
        long cara = directory.personByUsername("cara.chair").orElseThrow().id();
        long pat = directory.personByUsername("pat.police").orElseThrow().id();
        long hana = directory.personByUsername("hana.health").orElseThrow().id();
        long eddie = directory.personByUsername("eddie.dsl").orElseThrow().id();

        // A window no earlier meeting can leave while this test moves the clock: the figures change by this meeting alone.
        var figuresBefore = meetingQueries.timeliness(WHOLE_RECORD);
        long concern = strategies.raise("cara.chair", new NewConcern("Seen with older males at the bus station late at night",
                "Ms Jones (school)", agencies.get(AgencyKind.EDUCATION).id(), "ms.jones@school.example",
                List.of(Subject.child("Alex Example", null, null), Subject.child("Sam Example", null, null)), cara)).getId();
        long id = meetings.ofCase("STRATEGY", concern).getFirst().getId();
        await().until(() -> jdbc.queryForObject("select process_instance_key from meeting where id = ?", Long.class, id) != null);
        Instant start = calendar.addWorkingDays(time.today(), 2).atTime(LocalTime.of(14, 0)).atZone(ZoneId.of("Europe/London")).toInstant();
        meetings.convene("cara.chair", id, start, start.plus(Duration.ofHours(1)), null, "https://meet.convene.example/sd-" + id,
                List.of(Invitee.agency(agencies.get(AgencyKind.SOCIAL_CARE).id()), Invitee.person(pat), Invitee.person(hana),
                        Invitee.person(eddie)));

        MimeMessage invitation = awaitMail("pat.police@convene.example", "Invitation to a multi-agency meeting");
        Calendar ics = new CalendarBuilder().build(new StringReader(calendarPart(invitation)));
        assertThat(ics.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(ics.getComponents("VEVENT").getFirst().getProperty("UID").orElseThrow().getValue()).isEqualTo("meeting-" + id + "@convene");
        String body = GreenMailUtil.getBody(invitation);
        assertThat(body).doesNotContain("Alex", "Sam Example", "bus station");

        Matcher link = Pattern.compile("(?<!/guest)/invitations/(\\d+)\\?token=([A-Za-z0-9_\\-.]+)").matcher(Mails.text(invitation));
        assertThat(link.find()).isTrue();
        mvc.perform(post("/invitations/" + link.group(1)).param("token", link.group(2)).param("answer", "ACCEPTED").with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/invitations/" + link.group(1)).param("token", link.group(2) + "x").param("answer", "DECLINED").with(csrf()))
                .andExpect(status().isForbidden());
        long healthInvitation = meetings.invitationsOf(id).stream().filter(i -> i.getPersonId() != null && i.getPersonId() == hana)
                .findFirst().orElseThrow().getId();
        String healthToken = rsvpToken(awaitMail("hana.health@convene.example", "Invitation to a multi-agency meeting"));
        mvc.perform(post("/api/invitations/" + healthInvitation + "/answer").param("token", healthToken)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"answer\": \"TENTATIVE\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/invitations/" + healthInvitation + "/answer").param("token", healthToken)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"answer\": \"ACCEPTED\"}"))
                .andExpect(status().isOk());
        assertThat(meetings.invitationsOf(id).stream().filter(i -> i.getId() == healthInvitation).findFirst().orElseThrow().getStatus())
                .as("an answer can change until the meeting is held").isEqualTo(org.convene.meeting.InvitationStatus.ACCEPTED);
        mvc.perform(post("/api/invitations/" + healthInvitation + "/answer").param("token", link.group(2))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"answer\": \"ACCEPTED\"}"))
                .andExpect(status().isForbidden());

        time.advanceTo(start.plus(Duration.ofMinutes(70)));
        Map<Long, Attendance> attendance = meetings.invitationsOf(id).stream().collect(Collectors.toMap(Invitation::getId, i -> Attendance.PRESENT));
        meetings.recordHeld("cara.chair", id, attendance, Map.of(), Map.of(), null, true);

        minutes.addEntry("cara.chair", id, EntryKind.INFORMATION, agencies.get(AgencyKind.POLICE).id(),
                "Intelligence links the older males to a county line", Visibility.RESTRICTED, List.of(agencies.get(AgencyKind.POLICE).id(),
                        agencies.get(AgencyKind.SOCIAL_CARE).id()), null);
        minutes.addEntry("cara.chair", id, EntryKind.INFORMATION, agencies.get(AgencyKind.EDUCATION).id(),
                "Attendance has fallen to 60% this term", Visibility.PROFESSIONALS, List.of(), null);
        minutes.addEntry("cara.chair", id, EntryKind.DISSENT, agencies.get(AgencyKind.HEALTH).id(),
                "Health would have preferred a joint visit first", Visibility.PROFESSIONALS, List.of(), null);
        long alex = strategies.read("cara.chair", concern).children().getFirst().id();
        strategyRecord.saveChild("cara.chair", id, alex, "Exploitation", "Engages with school nurse", "Joint visit",
                Section47Decision.SECTION_47_JOINT, "Significant harm likely", "I just want to be left alone", null);
        minutes.addAction("cara.chair", id, "Joint home visit", null, agencies.get(AgencyKind.POLICE).id(), calendar.addWorkingDays(time.today(), 3));

        LocalDate reviewBy = calendar.addWorkingDays(time.today(), 20);
        strategyRecord.setReviewDate("cara.chair", id, reviewBy);
        assertThatThrownBy(() -> minutes.approve("cara.chair", id, "wrong")).isInstanceOf(InvalidRequestException.class);
        assertThat(jdbc.queryForObject("select count(*) from minutes_version where meeting_id = ?", Long.class, id)).isZero();

        MinutesVersionSummary approved = minutes.approve("cara.chair", id, "convene-demo");
        List<Meeting> discussions = meetings.ofCase("STRATEGY", concern);
        assertThat(discussions).hasSize(2);
        Meeting review = discussions.getLast();
        assertThat(review.getChairId()).isEqualTo(cara);
        assertThat(review.getStatus()).isEqualTo(MeetingStatus.REQUESTED);
        assertThat(review.getConveneBy()).as("convened by the start of the day set for it").isEqualTo(deadlines.startOf(reviewBy));
        var enquiry = strategies.read("cara.chair", concern);
        assertThat(enquiry.strategy().getStatus()).as("a section 47 decision starts the enquiry").isEqualTo(StrategyStatus.ENQUIRY);
        assertThat(enquiry.children()).extracting(Subject::name).containsExactly("Alex Example", "Sam Example");
        assertThat(jdbc.queryForObject("select owner_person_id from action where id = ?", Long.class, enquiry.strategy().getIcpcActionId()))
                .as("the initial child protection conference is the chair's to arrange").isEqualTo(cara);

        mvc.perform(post("/invitations/" + link.group(1)).param("token", link.group(2)).param("answer", "DECLINED").with(csrf()))
                .andExpect(status().isForbidden());
        String approvedContent = jdbc.queryForObject("select content from minutes_version where meeting_id = ? and version = 1", String.class, id);
        assertThat(approved.contentHash()).isEqualTo(Hashes.sha256(approvedContent));
        assertThatThrownBy(() -> minutes.approve("cara.chair", id, "convene-demo")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> minutes.addEntry("cara.chair", id, EntryKind.INFORMATION, null, "late", Visibility.PROFESSIONALS, List.of(), null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("approved");

        awaitMail("eddie.dsl@convene.example", "Minutes of a multi-agency meeting are ready");
        String toReferrer = GreenMailUtil.getBody(awaitMail("ms.jones@school.example", "A meeting you referred has approved minutes"));
        assertThat(toReferrer).as("a referrer without an account gets no link they could not open")
                .contains("cara.chair@convene.example").doesNotContain("/meetings/", "Alex", "bus station");
        await().until(() -> meetings.meeting(id).getStatus() == MeetingStatus.CLOSED);
        assertThat(jdbc.queryForList("select meeting_type from action where meeting_id = ?", String.class, id))
                .containsExactly("STRATEGY_DISCUSSION", "STRATEGY_DISCUSSION");
        var figuresAfter = meetingQueries.timeliness(WHOLE_RECORD);
        assertThat(figuresAfter.convenedInTime()).isEqualTo(figuresBefore.convenedInTime() + 1);
        assertThat(figuresAfter.circulated()).isEqualTo(figuresBefore.circulated() + 1);
        assertThat(figuresAfter.circulatedInTime()).isEqualTo(figuresBefore.circulatedInTime() + 1);

        MinutesService.MinutesCopy police = minutes.copyFor("pat.police", id, 1);
        MinutesService.MinutesCopy education = minutes.copyFor("eddie.dsl", id, 1);
        assertThat(police.hashVerified()).isTrue();
        assertThat(texts(police)).contains("Intelligence links the older males to a county line", "Attendance has fallen to 60% this term");
        assertThat(texts(education)).contains("Attendance has fallen to 60% this term").doesNotContain("Intelligence links the older males to a county line");
        String educationPdf = pdfText(renderer.pdf(education));
        assertThat(educationPdf).contains("Attendance has fallen to 60% this term", "I just want to be left alone", "Health would have preferred")
                .doesNotContain("county line");
        assertThat(pdfText(renderer.pdf(police))).contains("county line");
        mvc.perform(get("/meetings/" + id + "/minutes/1.pdf").with(user("yusuf.youth").roles("ATTENDEE"))).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/" + id + "/record").with(user("eddie.dsl").roles("ATTENDEE"))).andExpect(status().isForbidden());
        assertThatThrownBy(() -> minutes.record("pat.police", id)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        mvc.perform(get("/meetings/" + id + "/minutes").with(user("eddie.dsl").roles("ATTENDEE"))).andExpect(status().isOk());

        minutes.startCorrection("cara.chair", id, "Wrong attendance figure");
        minutes.addEntry("cara.chair", id, EntryKind.INFORMATION, agencies.get(AgencyKind.EDUCATION).id(),
                "Correction: attendance is 64%", Visibility.PROFESSIONALS, List.of(), null);
        MinutesVersionSummary second = minutes.approve("cara.chair", id, "convene-demo");
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.supersedesVersion()).isEqualTo(1);
        assertThat(jdbc.queryForList("select status from minutes_version where meeting_id = ? order by version", String.class, id))
                .containsExactly("SUPERSEDED", "APPROVED");
        assertThat(jdbc.queryForObject("select content from minutes_version where meeting_id = ? and version = 1", String.class, id))
                .isEqualTo(approvedContent);
        assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'minutes' and entity_id = ? order by seq", String.class,
                String.valueOf(id))).contains("minutes.approved", "minutes.circulated", "minutes.correction-started");
    }

    private static List<String> texts(MinutesService.MinutesCopy copy) {
        return copy.content().entries().stream().map(MinutesContent.EntryLine::text).toList();
    }

    private static String rsvpToken(MimeMessage message) throws Exception {
        Matcher token = Pattern.compile("/invitations/\\d+\\?token=([A-Za-z0-9_\\-.]+)")
                .matcher(Mails.text(message));
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static MimeMessage awaitMail(String recipient, String subject) {
        return Mails.waitFor(smtp, recipient, subject);
    }

    private static String calendarPart(MimeMessage message) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getContentType().startsWith("text/calendar")) {
                return new String(parts.getBodyPart(i).getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no calendar part");
    }
}
