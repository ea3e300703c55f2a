package org.convene.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.convene.calendar.Deadlines;
import org.convene.calendar.Timescale;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.family.FamilyService;
import org.convene.family.NewReferral;
import org.convene.missing.MissingService;
import org.convene.subject.Subject;
import org.convene.support.EngineProcess;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Convene with {@code convene.engine=remote}: the engine in a process of its own, reached over gRPC on a loopback port,
 * as a council's Camunda 8 cluster is. The workflows run their timers on it, and Convene stopped and started again
 * against the same engine starts nothing the engine still holds: each pending timer fires once, no mail is sent twice.
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
            Instant timersDone;
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
                await().atMost(WAIT).until(() -> flows.invitationsSent(meeting) == 3 && flows.processInstanceKey("missing_episode", missing) != null
                        && flows.processInstanceKey("family_referral", referral) != null);

                time.advanceTo(deadlines.before(due, Timescale.of("2 working days")));
                await().atMost(WAIT).until(() -> flows.actionMails(action).size() == 2);
                keys = keys(flows, action, meeting, missing, referral);
                timersDone = Stream.of(deadlines.startOf(due), deadlines.before(meetingStarts, Timescale.of("1 working day")),
                        reported.plus(Duration.ofHours(24)), allocateBy).max(Instant::compareTo).orElseThrow().plus(Duration.ofMinutes(1));
            }

            try (ConfigurableApplicationContext second = engine.convene("remote_workflows")) {
                Flows flows = new Flows(second);
                assertThat(keys(flows, action, meeting, missing, referral)).as("the same instances, none started again").isEqualTo(keys);
                TimeMachine time = second.getBean(TimeMachine.class);
                time.advanceTo(timersDone);
                await().atMost(WAIT).untilAsserted(() -> {
                    assertThat(flows.actionMails(action)).contains("An action is due today");
                    assertThat(flows.audit("meeting", meeting)).contains("meeting.reminded");
                    assertThat(flows.audit("missing-episode", missing)).contains("missing.designated-manager-told");
                    assertThat(flows.audit("family-referral", referral)).contains("family.allocation-late");
                });
                time.advance(Duration.ofMinutes(30));
                assertThat(flows.actionMails(action)).containsOnlyOnce("An action has been assigned to you", "An action is due soon", "An action is due today");
                assertThat(flows.audit("meeting", meeting)).containsOnlyOnce("meeting.reminded");
                assertThat(flows.audit("missing-episode", missing)).containsOnlyOnce("missing.designated-manager-told");
                assertThat(flows.audit("family-referral", referral)).containsOnlyOnce("family.allocation-late");
                assertThat(flows.invitationsSent(meeting)).as("no invitation sent twice").isEqualTo(3);
            }
        }
    }

    private static Map<String, Long> keys(Flows flows, long action, long meeting, long missing, long referral) {
        return Map.of("action", flows.processInstanceKey("action", action), "meeting", flows.processInstanceKey("meeting", meeting),
                "missing", flows.processInstanceKey("missing_episode", missing), "family", flows.processInstanceKey("family_referral", referral));
    }
}
