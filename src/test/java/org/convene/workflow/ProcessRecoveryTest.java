package org.convene.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.convene.calendar.Deadlines;
import org.convene.calendar.Timescale;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.family.Baseline;
import org.convene.family.FamilyReferral;
import org.convene.family.FamilyService;
import org.convene.family.NewMember;
import org.convene.family.NewReferral;
import org.convene.meeting.InvitationContact;
import org.convene.meeting.MeetingService;
import org.convene.meeting.MeetingStatus;
import org.convene.minutes.MinutesService;
import org.convene.missing.MissingService;
import org.convene.missing.ReturnHow;
import org.convene.subject.Subject;
import org.convene.support.OwnConvene;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stops Convene mid-flow and starts it again against the same database with a new, empty embedded engine: the
 * pending timers still fire, once, and nothing already done is done again: for actions, meetings, missing episodes and
 * families' referrals.
 */
class ProcessRecoveryTest {

    @Test
    void aRestartMidFlowLosesNoTimerAndRepeatsNoMail() {
        long actionId;
        LocalDate due;
        try (ConfigurableApplicationContext first = start("recovery_actions")) {
            TimeMachine time = first.getBean(TimeMachine.class);
            due = first.getBean(WorkingDayCalendar.class).addWorkingDays(time.today(), 5);
            actionId = new Flows(first).raiseAction(due);
            Deadlines deadlines = first.getBean(Deadlines.class);
            time.advanceTo(deadlines.before(due, Timescale.of("2 working days")));
            await().atMost(Duration.ofSeconds(20)).until(() -> new Flows(first).actionMails(actionId).size() == 2);
        }

        try (ConfigurableApplicationContext second = start("recovery_actions")) {
            Flows flows = new Flows(second);
            Long keyAfterRestart = flows.processInstanceKey("action", actionId);
            assertThat(keyAfterRestart).as("restarted in the new engine").isNotNull();
            assertThat(flows.audit("action", actionId)).containsExactly("action.raised", "action.reminded");

            TimeMachine time = second.getBean(TimeMachine.class);
            time.advanceTo(second.getBean(Deadlines.class).startOf(due));
            await().atMost(Duration.ofSeconds(20)).until(() -> flows.actionMails(actionId).size() == 3);
            time.advance(Duration.ofMinutes(1));
            assertThat(flows.actionMails(actionId)).containsExactly("An action has been assigned to you", "An action is due soon", "An action is due today");
            assertThat(flows.audit("action", actionId)).containsExactly("action.raised", "action.reminded", "action.reminded");
        }
    }

    /**
     * Meetings at every step (asked for, convened, held, minutes approved) when the engine loses its state: each is
     * rebuilt at its step and does what is left, once: the late-convening alert, the reminders, the late-minutes alert,
     * and the circulation of the approved minutes.
     */
    @Test
    void meetingsAtEveryStepResumeOnce() {
        long requested;
        long convened;
        long held;
        long approved;
        Instant convenedStarts;
        try (ConfigurableApplicationContext first = start("recovery_meetings")) {
            TimeMachine time = first.getBean(TimeMachine.class);
            WorkingDayCalendar calendar = first.getBean(WorkingDayCalendar.class);
            Flows concerns = new Flows(first);
            MeetingService meetings = first.getBean(MeetingService.class);
            requested = concerns.discussion();
            convened = concerns.discussion();
            held = concerns.discussion();
            approved = concerns.discussion();
            convenedStarts = Flows.at(calendar.addWorkingDays(time.today(), 5), 10);
            concerns.convene(convened, convenedStarts);
            Instant soon = time.now().plus(Duration.ofHours(1));
            concerns.convene(held, soon);
            concerns.convene(approved, soon);
            await().atMost(Duration.ofSeconds(20)).until(() -> concerns.invitationsSent(convened) == 3 && concerns.invitationsSent(held) == 3
                    && concerns.invitationsSent(approved) == 3);
            time.advanceTo(soon.plus(Duration.ofMinutes(70)));
            concerns.hold(held);
            concerns.hold(approved);
            // The engine loses this one instance before the approval reaches it: only recovery can circulate the minutes.
            first.getBean(Processes.class).cancel(meetings.meeting(approved).getProcessInstanceKey());
            first.getBean(MinutesService.class).approve("cara.chair", approved, "convene-demo");
            assertThat(meetings.meeting(approved).getStatus()).isEqualTo(MeetingStatus.MINUTES_APPROVED);
        }

        try (ConfigurableApplicationContext second = start("recovery_meetings")) {
            Flows flows = new Flows(second);
            MeetingService meetings = second.getBean(MeetingService.class);
            Processes processes = second.getBean(Processes.class);
            for (long id : List.of(requested, convened, held)) {
                await().atMost(Duration.ofSeconds(20)).until(() -> processes.isRunning(meetings.meeting(id).getProcessInstanceKey()));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> meetings.meeting(approved).getStatus() == MeetingStatus.CLOSED);
            assertThat(flows.invitationsSent(convened)).as("no invitation sent twice").isEqualTo(3);

            TimeMachine time = second.getBean(TimeMachine.class);
            Deadlines deadlines = second.getBean(Deadlines.class);
            time.advanceTo(deadlines.before(convenedStarts, Timescale.of("1 working day")).plus(Duration.ofMinutes(1)));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(flows.audit("meeting", requested)).containsOnlyOnce("meeting.not-convened-escalated");
                assertThat(flows.audit("meeting", convened)).containsOnlyOnce("meeting.reminded");
                assertThat(flows.audit("meeting", held)).containsOnlyOnce("meeting.minutes-late-escalated");
            });
            time.advance(Duration.ofMinutes(30));
            assertThat(flows.audit("meeting", requested)).containsOnlyOnce("meeting.not-convened-escalated");
            assertThat(flows.audit("meeting", convened)).containsOnlyOnce("meeting.reminded");
            assertThat(flows.audit("meeting", held)).containsOnlyOnce("meeting.minutes-late-escalated");
            assertThat(flows.audit("meeting", approved)).containsOnlyOnce("meeting.closed");
            assertThat(flows.jdbc().queryForList("select action from audit_event where entity_type = 'minutes' and entity_id = ?", String.class,
                    String.valueOf(approved))).containsOnlyOnce("minutes.circulated");
            // Each recipient once: by the link to the minutes, or an agency's inbox by its invitation's guest link
            assertThat(flows.jdbc().queryForObject("select count(*) from outbox_mail m where m.subject = 'Minutes of a multi-agency meeting are ready' "
                    + "and (m.body_text like ? or exists (select 1 from invitation i where i.meeting_id = ? "
                    + "and m.body_text like '%/guest/invitations/' || i.id || '?token=%'))", Long.class,
                    "%/meetings/" + approved + "/minutes/1%", approved)).isEqualTo(3L);
        }
    }

    /**
     * A child still missing with the 24-hour rung done, and another back with the interview to offer, when the engine
     * loses its state: the first is rebuilt waiting for its return (the meeting rung fires once, the manager is not told
     * again), the second waiting for its interview (each alert and the breach once).
     */
    @Test
    void missingEpisodesResumeMidLadderAndMidInterviewOnce() {
        long missing;
        long back;
        Instant reported;
        try (ConfigurableApplicationContext first = start("recovery_missing")) {
            TimeMachine time = first.getBean(TimeMachine.class);
            MissingService episodes = first.getBean(MissingService.class);
            long chloe = new Flows(first).personId("chloe.charity");
            reported = time.now();
            missing = episodes.report("mia.coordinator", Flows.episode("Rory Recovery", reported)).getId();
            back = episodes.report("mia.coordinator", Flows.episode("Remy Recovery", reported)).getId();
            episodes.recordReturn("mia.coordinator", back, reported, "Home", ReturnHow.RETURNED_THEMSELVES, null);
            episodes.assignInterview("mia.coordinator", back, chloe, null);
            time.advanceTo(reported.plus(Duration.ofHours(24)));
            await().atMost(Duration.ofSeconds(20)).until(() -> new Flows(first).audit("missing-episode", missing).contains("missing.designated-manager-told"));
        }

        try (ConfigurableApplicationContext second = start("recovery_missing")) {
            Flows flows = new Flows(second);
            TimeMachine time = second.getBean(TimeMachine.class);
            time.advanceTo(reported.plus(Duration.ofHours(72)));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                assertThat(flows.audit("missing-episode", missing)).containsOnlyOnce("missing.meeting-requested");
                assertThat(flows.audit("missing-episode", back)).containsOnlyOnce("missing.interview-breached");
            });
            time.advance(Duration.ofHours(30));
            assertThat(flows.audit("missing-episode", missing)).containsOnlyOnce("missing.designated-manager-told").containsOnlyOnce("missing.meeting-requested");
            assertThat(flows.audit("missing-episode", back)).containsOnlyOnce("missing.interview-assignee-alerted")
                    .containsOnlyOnce("missing.interview-manager-alerted").containsOnlyOnce("missing.interview-breached");
            assertThat(flows.jdbc().queryForObject("select count(*) from outbox_mail where subject = 'A child has been missing for 24 hours' "
                    + "and body_text like ?", Long.class, "%/missing/" + missing + "\n%")).isEqualTo(1L);
        }
    }

    /**
     * A family still waiting for a coordinator after its service manager was told, and another being prepared, when the
     * engine loses its state: each is rebuilt at its stage (the second inside the 8 weeks' scope), the manager is not
     * told of the allocation again, the second moves on when its preparation is finished, and each is late once.
     */
    @Test
    void familyReferralsResumeAtTheirStageOnce() {
        long waiting;
        long preparing;
        Instant completeBy;
        try (ConfigurableApplicationContext first = start("recovery_family")) {
            FamilyService family = first.getBean(FamilyService.class);
            waiting = family.refer("sam.social", new NewReferral(List.of(Subject.child("Ash Recovery", null, null)), "Asked", "Alone", false)).getId();
            preparing = family.refer("sam.social", new NewReferral(List.of(Subject.child("Bo Recovery", null, null)), "Asked", "Alone", false)).getId();
            family.allocate("mo.manager", preparing, new Flows(first).personId("fay.family"));
            family.recordBaseline("fay.family", preparing, new Baseline("A plan", "Who can help?", "Never alone", null));
            FamilyReferral referral = family.read("sam.social", waiting).referral();
            completeBy = referral.getCompleteBy();
            first.getBean(TimeMachine.class).advanceTo(referral.getAllocateBy().plus(Duration.ofMinutes(1)));
            await().atMost(Duration.ofSeconds(20)).until(() -> new Flows(first).audit("family-referral", waiting).contains("family.allocation-late"));
        }

        try (ConfigurableApplicationContext second = start("recovery_family")) {
            Flows flows = new Flows(second);
            await().atMost(Duration.ofSeconds(20)).until(() -> flows.jdbc().queryForObject(
                    "select count(*) from family_referral where id in (?, ?) and process_instance_key is not null", Integer.class, waiting, preparing) == 2);
            FamilyService family = second.getBean(FamilyService.class);
            family.addMember("fay.family", preparing, new NewMember("Lee Uncle", "Uncle", InvitationContact.IN_PERSON, null, null, null, false, null,
                    false, true, null));
            family.finishPreparation("fay.family", preparing, "Wants to stay home");
            TimeMachine time = second.getBean(TimeMachine.class);
            time.advanceTo(completeBy.plus(Duration.ofMinutes(1)));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                assertThat(flows.audit("family-referral", waiting)).containsOnlyOnce("family.completion-late");
                assertThat(flows.audit("family-referral", preparing)).containsOnlyOnce("family.completion-late");
            });
            time.advance(Duration.ofHours(1));
            assertThat(flows.audit("family-referral", waiting)).containsOnlyOnce("family.allocation-late").containsOnlyOnce("family.completion-late");
            assertThat(flows.audit("family-referral", preparing)).containsOnlyOnce("family.prepared").doesNotContain("family.allocation-late");
        }
    }

    /** Convene on a database of this test's own, which the restart finds as the stop left it. */
    private static ConfigurableApplicationContext start(String database) {
        return OwnConvene.start(database);
    }
}
