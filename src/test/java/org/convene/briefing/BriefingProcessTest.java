package org.convene.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.shared.ConflictException;
import org.convene.shared.InvalidRequestException;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * bpmn/daily-briefing.bpmn: a working day's briefing fixes its agenda at its time and schedules the next one to come,
 * and at the end of its day flags, once, every incident not triaged by the end of the working day after it was logged,
 * by moving the engine's clock (and Convene's).
 */
@ConveneTest
class BriefingProcessTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired BriefingService briefings;
    @Autowired BriefingSchedule schedule;
    @Autowired IncidentRepository incidents;
    @Autowired DailyBriefingRepository days;
    @Autowired WorkingDayCalendar calendar;
    @Autowired Directory directory;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theBriefingOpensAtItsTimeAndAnIncidentNotTriagedInTimeIsFlaggedOnceToTheTeamManager() {
        Incident late = log("PROC-LATE-" + System.nanoTime(), "Quinn Latechild");
        Incident decided = log("PROC-DECIDED-" + System.nanoTime(), "Rae Decidedchild");
        briefings.triage("pat.police", decided.getId(), new Triage(TriageDecision.FRONT_DOOR, null, null, null, null, null, null, null));
        LocalDate day = schedule.nextBriefingDate(late.getLoggedAt());
        DailyBriefing briefing = briefings.briefingOn("mo.manager", day).briefing();
        assertThat(briefings.briefingOn("mo.manager", day).agenda()).extracting(line -> line.incident().getId())
                .contains(late.getId(), decided.getId());

        long mo = directory.personByUsername("mo.manager").orElseThrow().id();
        long pat = directory.personByUsername("pat.police").orElseThrow().id();
        assertThatThrownBy(() -> briefings.recordAttendance("mo.manager", briefing.getId(), List.of(mo)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("has not started yet");

        time.advanceTo(briefing.getStartsAt());
        await().atMost(Duration.ofSeconds(20)).until(() -> days.findById(briefing.getId()).orElseThrow().getStatus() == BriefingStatus.OPEN);
        assertThatThrownBy(() -> briefings.recordAttendance("mo.manager", briefing.getId(), List.of(mo, 999_999L)))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(briefings.recordAttendance("mo.manager", briefing.getId(), List.of(mo, pat)).attendeeIds()).containsExactlyInAnyOrder(mo, pat);
        LocalDate following = calendar.addWorkingDays(day, 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> days.findByBriefingDate(following).isPresent());
        assertThat(days.findByBriefingDate(following).orElseThrow().getCoversFrom()).isEqualTo(briefing.getStartsAt());

        Instant due = incidents.findById(late.getId()).orElseThrow().getTriageDueBy();
        assertThat(due).isEqualTo(calendar.addWorkingDays(late.getLoggedAt().atZone(LONDON).toLocalDate(), 1).plusDays(1)
                .atStartOfDay(LONDON).toInstant());
        time.advanceTo(due.minus(Duration.ofMinutes(2)));
        assertThat(incidents.findById(late.getId()).orElseThrow().getFlaggedAt()).isNull();

        time.advanceTo(due);
        await().atMost(Duration.ofSeconds(20)).until(() -> incidents.findById(late.getId()).orElseThrow().getFlaggedAt() != null);
        Person manager = directory.personByUsername("mo.manager").orElseThrow();
        List<String> bodies = jdbc.queryForList("select subject || ' ' || body_text from outbox_mail where recipient = ? and body_text like ?",
                String.class, manager.email(), "%/briefings%");
        assertThat(bodies).anyMatch(body -> body.contains("not been triaged in time"));
        assertThat(String.join("\n", bodies)).doesNotContain("Quinn", "Latechild", late.getPoliceReference(), "Fight");
        assertThat(incidents.findById(decided.getId()).orElseThrow().getFlaggedAt()).isNull();

        Instant flagged = incidents.findById(late.getId()).orElseThrow().getFlaggedAt();
        // The last briefing scheduled is the next to come; which day that is depends on the hour the test began.
        LocalDate last = jdbc.queryForObject("select max(briefing_date) from daily_briefing", LocalDate.class);
        time.advanceTo(calendar.addWorkingDays(last, 2).atTime(LocalTime.of(23, 0)).atZone(LONDON).toInstant());
        LocalDate next = schedule.nextBriefingDate(time.now());
        await().atMost(Duration.ofSeconds(20)).until(() -> days.findByBriefingDate(following).filter(b -> b.getStatus() == BriefingStatus.DONE)
                .isPresent() && days.findByBriefingDate(next).isPresent());
        // Days the clock jumped over get no briefing of their own: the next one is the next to come.
        assertThat(days.findByBriefingDate(calendar.addWorkingDays(last, 1))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'incident' and entity_id = ? and action = 'incident.flagged'",
                Integer.class, String.valueOf(late.getId()))).isEqualTo(1);
        assertThat(incidents.findById(late.getId()).orElseThrow().getFlaggedAt()).isEqualTo(flagged);
    }

    @Test
    void briefingsAndTriageFallDueAcrossABankHoliday() {
        // The summer bank holiday, Monday 31 August 2026.
        LocalDate friday = LocalDate.of(2026, 8, 28);
        LocalDate tuesday = LocalDate.of(2026, 9, 1);
        Instant saturdayNight = LocalDate.of(2026, 8, 29).atTime(23, 0).atZone(LONDON).toInstant();
        Instant fridayMorning = friday.atTime(9, 29).atZone(LONDON).toInstant();
        Instant fridayAtTheBriefing = friday.atTime(9, 30).atZone(LONDON).toInstant();

        assertThat(schedule.nextBriefingDate(saturdayNight)).isEqualTo(tuesday);
        assertThat(schedule.coversFrom(tuesday)).isEqualTo(fridayAtTheBriefing);
        assertThat(schedule.startsAt(tuesday)).isEqualTo(tuesday.atTime(9, 30).atZone(LONDON).toInstant());
        assertThat(schedule.nextBriefingDate(fridayMorning)).isEqualTo(friday);
        assertThat(schedule.nextBriefingDate(fridayAtTheBriefing)).isEqualTo(tuesday);
        assertThat(schedule.triageDueBy(saturdayNight)).isEqualTo(LocalDate.of(2026, 9, 2).atStartOfDay(LONDON).toInstant());
        assertThat(schedule.triageDueBy(fridayMorning)).isEqualTo(LocalDate.of(2026, 9, 2).atStartOfDay(LONDON).toInstant());
        assertThat(schedule.triageDueBy(tuesday.atTime(8, 0).atZone(LONDON).toInstant()))
                .isEqualTo(LocalDate.of(2026, 9, 3).atStartOfDay(LONDON).toInstant());
        assertThat(schedule.briefingDayOf(LocalDate.of(2026, 8, 31))).isEqualTo(tuesday);
    }

    private Incident log(String reference, String child) {
        return briefings.log("pat.police", new NewIncident(reference, time.now().minus(Duration.ofHours(2)), IncidentKind.VIOLENCE,
                "Fight outside the chip shop involving " + child, "High Street", null, List.of(new NewIncident.NamedChild(child, null)), List.of()),
                IncidentSource.API);
    }
}
