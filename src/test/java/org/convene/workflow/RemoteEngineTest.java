package org.convene.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.convene.briefing.BriefingService;
import org.convene.briefing.Incident;
import org.convene.briefing.IncidentKind;
import org.convene.briefing.IncidentSource;
import org.convene.briefing.NewIncident;
import org.convene.calendar.Deadlines;
import org.convene.calendar.Timescale;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.family.FamilyService;
import org.convene.family.NewReferral;
import org.convene.locality.LocalityService;
import org.convene.locality.Occurrence;
import org.convene.missing.MissingService;
import org.convene.subject.Subject;
import org.convene.support.EngineProcess;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Convene with {@code convene.engine=remote}: the engine in a process of its own, reached over gRPC on a loopback port,
 * as a council's Camunda 8 cluster is. The workflows (an action, a strategy discussion's meeting, a missing episode, a
 * family referral, the daily briefing's incident, a locality date's agenda) run their timers on it, and Convene stopped
 * and started again against the same engine starts nothing the engine still holds: each pending timer fires once, no
 * mail is sent twice.
 */
class RemoteEngineTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void theWorkflowsRunOnARemoteEngineAndARestartOfConveneStartsNothingItHolds() {
        try (EngineProcess engine = EngineProcess.start()) {
            long action;
            long meeting;
            long missing;
            long referral;
            long incident;
            long series;
            LocalDate frozen;
            Instant timersDone;
            Instant laterTimersDone;
            Map<String, Long> keys;
            try (ConfigurableApplicationContext first = engine.convene("remote_workflows")) {
                Flows flows = new Flows(first);
                TimeMachine time = first.getBean(TimeMachine.class);
                WorkingDayCalendar calendar = first.getBean(WorkingDayCalendar.class);
                Deadlines deadlines = first.getBean(Deadlines.class);
                LocalDate due = calendar.addWorkingDays(time.today(), 5);
                action = flows.raiseAction(due);
                meeting = flows.discussion();
                Instant meetingStarts = Flows.at(calendar.addWorkingDays(time.today(), 5), 10);
                flows.convene(meeting, meetingStarts);
                Instant reported = time.now();
                missing = first.getBean(MissingService.class).report("mia.coordinator", Flows.episode("Rory Remote", reported)).getId();
                FamilyService family = first.getBean(FamilyService.class);
                referral = family.refer("sam.social", new NewReferral(List.of(Subject.child("Ash Remote", null, null)), "Asked", "Alone", false)).getId();
                Instant allocateBy = family.read("sam.social", referral).referral().getAllocateBy();
                Incident logged = first.getBean(BriefingService.class).log("pat.police", new NewIncident("REMOTE-1", reported.minus(Duration.ofHours(2)),
                        IncidentKind.VIOLENCE, "Fight outside the chip shop", "High Street", null, List.of(), List.of()), IncidentSource.API);
                incident = logged.getId();
                // The demo's first locality series: its next date's agenda is fixed and sent at its freeze.
                series = flows.jdbc().queryForObject("select min(id) from locality_series", Long.class);
                Occurrence next = first.getBean(LocalityService.class).read("mo.manager", series).dates().stream()
                        .filter(date -> date.agendaFreeze().isAfter(deadlines.before(due, Timescale.of("1 working day")))).findFirst().orElseThrow();
                frozen = next.originalDate();
                await().atMost(WAIT).until(() -> flows.invitationsSent(meeting) == 3 && flows.processInstanceKey("missing_episode", missing) != null
                        && flows.processInstanceKey("family_referral", referral) != null && flows.processInstanceKey("locality_series", series) != null);

                time.advanceTo(deadlines.before(due, Timescale.of("2 working days")));
                await().atMost(WAIT).until(() -> flows.actionMails(action).size() == 2);
                keys = keys(flows, action, meeting, missing, referral, series);
                timersDone = Stream.of(deadlines.startOf(due), deadlines.before(meetingStarts, Timescale.of("1 working day")),
                        reported.plus(Duration.ofHours(24)), allocateBy).max(Instant::compareTo).orElseThrow().plus(Duration.ofMinutes(1));
                // Past the meeting itself: its reminder must fire first, while the meeting is still to come.
                laterTimersDone = Stream.of(logged.getTriageDueBy(), next.agendaFreeze()).max(Instant::compareTo).orElseThrow().plus(Duration.ofMinutes(1));
            }

            try (ConfigurableApplicationContext second = engine.convene("remote_workflows")) {
                Flows flows = new Flows(second);
                assertThat(keys(flows, action, meeting, missing, referral, series)).as("the same instances, none started again").isEqualTo(keys);
                TimeMachine time = second.getBean(TimeMachine.class);
                time.advanceTo(timersDone);
                await().atMost(WAIT).untilAsserted(() -> {
                    assertThat(flows.actionMails(action)).contains("An action is due today");
                    assertThat(flows.audit("meeting", meeting)).contains("meeting.reminded");
                    assertThat(flows.audit("missing-episode", missing)).contains("missing.designated-manager-told");
                    assertThat(flows.audit("family-referral", referral)).contains("family.allocation-late");
                });
                time.advanceTo(laterTimersDone);
                await().atMost(WAIT).untilAsserted(() -> {
                    assertThat(flows.audit("incident", incident)).contains("incident.flagged");
                    assertThat(agendasSent(flows, series, frozen)).isEqualTo(1);
                });
                time.advance(Duration.ofMinutes(30));
                assertThat(flows.actionMails(action)).containsOnlyOnce("An action has been assigned to you", "An action is due soon", "An action is due today");
                assertThat(flows.audit("meeting", meeting)).containsOnlyOnce("meeting.reminded");
                assertThat(flows.audit("missing-episode", missing)).containsOnlyOnce("missing.designated-manager-told");
                assertThat(flows.audit("family-referral", referral)).containsOnlyOnce("family.allocation-late");
                assertThat(flows.audit("incident", incident)).containsOnlyOnce("incident.flagged");
                assertThat(agendasSent(flows, series, frozen)).as("the locality date's agenda sent once").isEqualTo(1);
                assertThat(flows.invitationsSent(meeting)).as("no invitation sent twice").isEqualTo(3);
            }
        }
    }

    private static int agendasSent(Flows flows, long series, LocalDate date) {
        return flows.jdbc().queryForObject("select count(*) from locality_agenda_sent where series_id = ? and meeting_date = ?", Integer.class,
                series, date);
    }

    private static Map<String, Long> keys(Flows flows, long action, long meeting, long missing, long referral, long series) {
        return Map.of("action", flows.processInstanceKey("action", action), "meeting", flows.processInstanceKey("meeting", meeting),
                "missing", flows.processInstanceKey("missing_episode", missing), "family", flows.processInstanceKey("family_referral", referral),
                "locality", flows.processInstanceKey("locality_series", series));
    }
}
