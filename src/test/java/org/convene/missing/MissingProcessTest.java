package org.convene.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.meeting.Meeting;
import org.convene.meeting.MeetingService;
import org.convene.shared.ConflictException;
import org.convene.shared.InvalidRequestException;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.convene.workflow.Processes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * bpmn/missing-episode.bpmn: each rung of the ladder while a child is missing, in clock hours, and the return home
 * interview's alerts and breach, by moving the engine's clock (and Convene's).
 */
@ConveneTest
class MissingProcessTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired MissingService missing;
    @Autowired MissingEpisodeRepository episodes;
    @Autowired ReturnInterviewRepository interviews;
    @Autowired MeetingService meetings;
    @Autowired Processes processes;
    @Autowired Directory directory;
    @Autowired WorkingDayCalendar calendar;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;

    private Person hugo;
    private Person mo;
    private Person cara;
    private Person chloe;
    private Person cal;
    private Person sam;

    @BeforeEach
    void directory() {
        hugo = person("hugo.head");
        mo = person("mo.manager");
        cara = person("cara.chair");
        chloe = person("chloe.charity");
        cal = person("cal.charity");
        sam = person("sam.social");
    }

    @Test
    void aHighRiskChildIsEscalatedRungByRungInClockHoursEachRungOnce() {
        long id = report("Robin Ladder", RiskGrade.HIGH, true, time.now());
        Instant reported = episodes.findById(id).orElseThrow().getReportedAt();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(mails(hugo.email(), id)).containsExactly("A child graded high risk is missing"));
        assertThat(mails(mo.email(), id)).isEmpty();

        time.advanceTo(reported.plus(Duration.ofHours(24)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(mails(mo.email(), id)).containsExactly("A child has been missing for 24 hours"));
        assertThat(mails("cp-conference@convene.example", id)).isEmpty();

        time.advanceTo(reported.plus(Duration.ofHours(48)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(mails("cp-conference@convene.example", id)).containsExactly("A child on a child protection plan is still missing");
            assertThat(mails(cara.email(), id)).containsExactly("A child on a child protection plan is still missing");
        });
        assertThat(meetings.ofCase(MissingService.CASE_TYPE, id)).isEmpty();

        time.advanceTo(reported.plus(Duration.ofHours(72)));
        await().atMost(Duration.ofSeconds(20)).until(() -> meetings.ofCase(MissingService.CASE_TYPE, id).size() == 1);
        Meeting meeting = meetings.ofCase(MissingService.CASE_TYPE, id).getFirst();
        assertThat(meeting.getType()).isEqualTo(MissingMeetingKind.TYPE);
        assertThat(meeting.getConveneBy()).isBetween(reported.plus(Duration.ofHours(96)), reported.plus(Duration.ofHours(97)));

        time.advanceTo(reported.plus(Duration.ofHours(72)).plus(Duration.ofDays(7)));
        await().atMost(Duration.ofSeconds(20)).until(() -> episodes.findById(id).orElseThrow().getMeetingsRequested() == 2);
        assertThat(audit(id)).containsSubsequence("missing.reported", "missing.senior-manager-told", "missing.designated-manager-told",
                "missing.conference-alerted", "missing.meeting-requested", "missing.meeting-still-waiting");
        assertThat(mails(hugo.email(), id)).hasSize(1);
        assertThat(mails(mo.email(), id)).hasSize(1);

        missing.recordReturn("mia.coordinator", id, time.now(), "Home", ReturnHow.FOUND_BY_POLICE, "PC Jones");
        long instance = episodes.findById(id).orElseThrow().getProcessInstanceKey();
        time.advance(Duration.ofDays(8));
        assertThat(episodes.findById(id).orElseThrow().getMeetingsRequested()).isEqualTo(2);
        missing.completeInterview("mia.coordinator", id, record());
        await().atMost(Duration.ofSeconds(20)).until(() -> !processes.isRunning(instance));
        assertThat(String.join("\n", jdbc.queryForList("select body_text from outbox_mail where body_text like ?", String.class,
                "%/missing/" + id + "\n%"))).doesNotContain("Robin", "Ladder");
    }

    @Test
    void reGradingToHighMidLadderTellsTheSeniorManagerThenAndRepeatsNothing() {
        long id = report("Kit Regrade", RiskGrade.MEDIUM, false, time.now());
        Instant reported = episodes.findById(id).orElseThrow().getReportedAt();
        time.advanceTo(reported.plus(Duration.ofHours(25)));
        await().atMost(Duration.ofSeconds(20)).until(() -> mails(mo.email(), id).size() == 1);
        assertThat(mails(hugo.email(), id)).isEmpty();

        missing.regrade("mia.coordinator", id, RiskGrade.HIGH, "Seen getting into a car with an older male");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(mails(hugo.email(), id)).containsExactly("A child graded high risk is missing"));

        time.advanceTo(reported.plus(Duration.ofHours(73)));
        await().atMost(Duration.ofSeconds(20)).until(() -> meetings.ofCase(MissingService.CASE_TYPE, id).size() == 1);
        assertThat(mails(mo.email(), id)).hasSize(1);
        assertThat(mails(hugo.email(), id)).hasSize(1);
        assertThat(mails("cp-conference@convene.example", id)).as("not on a plan").isEmpty();
        assertThat(jdbc.queryForList("select grade from missing_grading where episode_id = ? order by id", String.class, id))
                .containsExactly("MEDIUM", "HIGH");
    }

    @Test
    void aReturnBeforeARungEndsTheLadderAndTheInterviewIsAlertedThenBreached() {
        long id = report("Ash Early", RiskGrade.LOW, true, time.now());
        time.advance(Duration.ofHours(10));
        Instant returned = time.now();
        missing.recordReturn("sam.social", id, returned, "Came home", ReturnHow.RETURNED_THEMSELVES, null);
        missing.assignInterview("mia.coordinator", id, chloe.id(), null);
        ReturnInterview interview = interviews.findByEpisodeId(id).orElseThrow();
        assertThat(interview.getDueBy()).isEqualTo(episodes.findById(id).orElseThrow().getReturnedAt().plus(Duration.ofHours(72)));

        time.advanceTo(returned.plus(Duration.ofHours(47)));
        assertThat(mails(mo.email(), id)).as("the 24-hour rung fell after the return").isEmpty();
        assertThat(mails("cp-conference@convene.example", id)).isEmpty();
        assertThat(mails(chloe.email(), id)).isEmpty();

        time.advanceTo(returned.plus(Duration.ofHours(48)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(mails(chloe.email(), id)).containsExactly("A return home interview is due soon"));
        time.advanceTo(returned.plus(Duration.ofHours(64)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(mails(cal.email(), id)).containsExactly("A return home interview is due soon"));
        missing.offerInterview("chloe.charity", id);
        time.advanceTo(returned.plus(Duration.ofHours(72)));
        await().atMost(Duration.ofSeconds(20)).until(() -> interviews.findByEpisodeId(id).orElseThrow().getBreachedAt() != null);
        long instance = episodes.findById(id).orElseThrow().getProcessInstanceKey();

        ReturnInterview done = missing.completeInterview("chloe.charity", id, record());
        assertThat(done.offeredInTime()).isTrue();
        assertThat(done.completedInTime()).isFalse();
        await().atMost(Duration.ofSeconds(20)).until(() -> !processes.isRunning(instance));
        assertThat(mails(chloe.email(), id)).hasSize(1);
        assertThat(audit(id)).containsSubsequence("missing.returned", "missing.interview-assigned", "missing.interview-assignee-alerted",
                "missing.interview-manager-alerted", "missing.interview-offered", "missing.interview-breached", "missing.interview-completed");
    }

    /**
     * For each rung after the first, one child back an hour before it falls and one an hour after: the first never
     * reaches it, the second reaches it once and nothing after it.
     */
    @Test
    void aReturnJustBeforeARungStopsItAndJustAfterItStopsTheNext() {
        Map<Integer, String> rungs = new java.util.LinkedHashMap<>();
        rungs.put(24, "missing.designated-manager-told");
        rungs.put(48, "missing.conference-alerted");
        rungs.put(72, "missing.meeting-requested");
        List<String> ladder = List.copyOf(rungs.values());
        rungs.forEach((hours, rung) -> {
            long before = report("Before " + hours, RiskGrade.MEDIUM, true, time.now());
            long after = report("After " + hours, RiskGrade.MEDIUM, true, time.now());
            Instant reported = time.now();
            time.advanceTo(reported.plus(Duration.ofHours(hours - 1)));
            missing.recordReturn("mia.coordinator", before, time.now(), "Home", ReturnHow.RETURNED_THEMSELVES, null);
            time.advanceTo(reported.plus(Duration.ofHours(hours + 1)));
            await().atMost(Duration.ofSeconds(20)).until(() -> audit(after).contains(rung));
            missing.recordReturn("mia.coordinator", after, time.now(), "Home", ReturnHow.RETURNED_THEMSELVES, null);
            time.advanceTo(reported.plus(Duration.ofDays(12)));
            assertThat(audit(before)).as("back before " + hours + " hours").doesNotContain(rung);
            List<String> reached = ladder.subList(0, ladder.indexOf(rung) + 1);
            assertThat(audit(after).stream().filter(ladder::contains).toList()).as("back after " + hours + " hours")
                    .containsExactlyElementsOf(reached);
        });
    }

    @Test
    void aFridayNightReportRunsOverTheWeekendAndABankHolidayInClockHours() {
        LocalDate friday = time.today().plusDays(1);
        while (friday.getDayOfWeek() != DayOfWeek.FRIDAY || calendar.isWorkingDay(friday.plusDays(3))) {
            friday = friday.plusDays(1);
        }
        Instant fridayNight = ZonedDateTime.of(friday, LocalTime.of(22, 30), LONDON).toInstant();
        time.advanceTo(fridayNight);
        long id = report("Sky Weekend", RiskGrade.MEDIUM, true, time.now());
        Instant reported = episodes.findById(id).orElseThrow().getReportedAt();

        time.advanceTo(reported.plus(Duration.ofHours(24)));
        await().atMost(Duration.ofSeconds(20)).until(() -> mails(mo.email(), id).size() == 1);
        assertThat(audited(id, "missing.designated-manager-told").atZone(LONDON).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        time.advanceTo(reported.plus(Duration.ofHours(48)));
        await().atMost(Duration.ofSeconds(20)).until(() -> mails("cp-conference@convene.example", id).size() == 1);
        assertThat(audited(id, "missing.conference-alerted").atZone(LONDON).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        time.advanceTo(reported.plus(Duration.ofHours(72)));
        await().atMost(Duration.ofSeconds(20)).until(() -> meetings.ofCase(MissingService.CASE_TYPE, id).size() == 1);
        LocalDate requestedOn = audited(id, "missing.meeting-requested").atZone(LONDON).toLocalDate();
        assertThat(requestedOn).isEqualTo(friday.plusDays(3));
        assertThat(calendar.isWorkingDay(requestedOn)).as("a bank holiday").isFalse();
    }

    @Test
    void aChildFlaggedOnlyWhenTheCountIsOnePastTheThresholdWithinTheWindowBoundaryIncluded() {
        Instant now = time.now();
        Instant windowStart = now.atZone(LONDON).minusMonths(3).toInstant();
        long first = reportAndReturn("Lee Atthreshold", windowStart.minusSeconds(1));
        long subject = episodes.findById(first).orElseThrow().getSubjectId();
        reportAndReturn(subject, windowStart.plus(Duration.ofDays(10)));
        reportAndReturn(subject, windowStart.plus(Duration.ofDays(20)));
        long fourth = report(subject, RiskGrade.LOW, now);
        assertThat(audit(fourth)).as("three in the window: at the threshold, not past it").doesNotContain("missing.repeat-flagged");

        long other = reportAndReturn("Jo Pastthreshold", windowStart);
        long otherSubject = episodes.findById(other).orElseThrow().getSubjectId();
        reportAndReturn(otherSubject, windowStart.plus(Duration.ofDays(10)));
        reportAndReturn(otherSubject, windowStart.plus(Duration.ofDays(20)));
        long flagged = report(otherSubject, RiskGrade.LOW, now);
        assertThat(audit(flagged)).contains("missing.repeat-flagged");
        assertThat(jdbc.queryForObject("select episodes from repeat_missing_flag where episode_id = ?", Integer.class, flagged)).isEqualTo(4);
        assertThat(mails("mia.coordinator@convene.example", flagged)).containsExactly("A child has gone missing again");
        assertThat(mails(sam.email(), flagged)).containsExactly("A child has gone missing again");

        missing.recordReturn("mia.coordinator", flagged, time.now(), "Home", ReturnHow.RETURNED_THEMSELVES, null);
        assertThat(interviews.findByEpisodeId(flagged)).isPresent();
        assertThat(interviews.findByEpisodeId(flagged).orElseThrow().getId()).isNotEqualTo(interviews.findByEpisodeId(other).orElseThrow().getId());
        long concern = missing.raiseStrategyDiscussion("mia.coordinator", flagged);
        assertThat(jdbc.queryForObject("select concern from strategy_case where id = ?", String.class, concern)).contains(String.valueOf(other));
        assertThat(jdbc.queryForObject("select count(*) from subject_case where case_type = 'STRATEGY' and case_id = ? and subject_id = ?",
                Integer.class, concern, otherSubject)).isEqualTo(1);
        assertThatThrownBy(() -> missing.raiseStrategyDiscussion("mia.coordinator", flagged)).isInstanceOf(ConflictException.class);
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        long id = report("Max Badinput", RiskGrade.LOW, false, time.now());
        long subject = episodes.findById(id).orElseThrow().getSubjectId();
        int audited = audit(id).size();

        assertThatThrownBy(() -> missing.recordReturn("mia.coordinator", id, time.now().minus(Duration.ofHours(2)), "Home",
                ReturnHow.RETURNED_THEMSELVES, null)).isInstanceOf(InvalidRequestException.class).hasMessageContaining("before they were reported");
        assertThatThrownBy(() -> report(subject, RiskGrade.HIGH, time.now())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already recorded as missing");
        assertThatThrownBy(() -> missing.regrade("mia.coordinator", id, null, "Because")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> missing.completeInterview("mia.coordinator", id, record())).isInstanceOf(ConflictException.class);
        assertThat(episodes.findById(id).orElseThrow().getStatus()).isEqualTo(EpisodeStatus.MISSING);
        assertThat(audit(id)).hasSize(audited);

        missing.close("mia.coordinator", id, ClosedAs.AWAY_WITHOUT_AUTHORISATION, "At a friend's, known to carers");
        assertThatThrownBy(() -> missing.recordReturn("mia.coordinator", id, time.now(), "Home", ReturnHow.RETURNED_THEMSELVES, null))
                .isInstanceOf(ConflictException.class);
        long police = missing.report("sam.social", new NewEpisode(subject, null, null, null, ReporterKind.POLICE, "PC Jones", "AS-42",
                MissingFrom.HOME, null, time.now().minus(Duration.ofHours(3)), time.now(), false, false, null, null, RiskGrade.LOW, null,
                null, null)).getId();
        missing.recordReturn("sam.social", police, time.now(), "Home", ReturnHow.FOUND_BY_POLICE, "PC Jones");
        assertThatThrownBy(() -> missing.report("sam.social", new NewEpisode(subject, null, null, null, ReporterKind.POLICE, "PC Jones",
                "AS-42", MissingFrom.HOME, null, time.now().minus(Duration.ofHours(3)), time.now(), false, false, null, null, RiskGrade.LOW,
                null, null, null))).isInstanceOf(ConflictException.class).hasMessageContaining("already recorded");
    }

    private long report(String child, RiskGrade grade, boolean plan, Instant reportedAt) {
        return missing.report("mia.coordinator", new NewEpisode(null, child, LocalDate.of(2011, 5, 4), null, ReporterKind.CARER, "Foster carer",
                null, MissingFrom.CARE_PLACEMENT, "Oak House", reportedAt.minus(Duration.ofHours(2)), reportedAt, true, plan,
                plan ? cara.id() : null, null, grade, "Initial grading", sam.id(), null)).getId();
    }

    private long report(long subject, RiskGrade grade, Instant reportedAt) {
        return missing.report("mia.coordinator", new NewEpisode(subject, null, null, null, ReporterKind.PARENT, "Mother", null, MissingFrom.HOME,
                null, reportedAt.minus(Duration.ofHours(1)), reportedAt, false, false, null, null, grade, null, sam.id(), null)).getId();
    }

    private long reportAndReturn(String child, Instant reportedAt) {
        long id = report(child, RiskGrade.LOW, false, reportedAt);
        missing.recordReturn("mia.coordinator", id, reportedAt.plus(Duration.ofHours(5)), "Home", ReturnHow.RETURNED_THEMSELVES, null);
        return id;
    }

    private void reportAndReturn(long subject, Instant reportedAt) {
        long id = report(subject, RiskGrade.LOW, reportedAt);
        missing.recordReturn("mia.coordinator", id, reportedAt.plus(Duration.ofHours(5)), "Home", ReturnHow.RETURNED_THEMSELVES, null);
    }

    private static InterviewRecord record() {
        return new InterviewRecord("Arguments at home", "At a friend's flat", "Bus both ways", "Wants a youth worker", "Youth service",
                "Shared with social care", null, null, null, Set.of());
    }

    private Person person(String username) {
        return directory.personByUsername(username).orElseThrow();
    }

    private List<String> mails(String recipient, long episode) {
        return jdbc.queryForList("select subject from outbox_mail where recipient = ? and body_text like ? order by id",
                String.class, recipient, "%/missing/" + episode + "\n%");
    }

    private List<String> audit(long episode) {
        return jdbc.queryForList("select action from audit_event where entity_type = 'missing-episode' and entity_id = ? order by seq",
                String.class, String.valueOf(episode));
    }

    private Instant audited(long episode, String action) {
        return jdbc.queryForObject("select occurred_at from audit_event where entity_type = 'missing-episode' and entity_id = ? and action = ?",
                java.sql.Timestamp.class, String.valueOf(episode), action).toInstant();
    }
}
