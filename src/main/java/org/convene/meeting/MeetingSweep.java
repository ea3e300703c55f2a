package org.convene.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Backs up a meeting's timers, as {@code ActionSweep} does an action's: Zeebe timers never fire early but can fire late,
 * and an instance can be lost. Every {@code convene.meetings.sweep-interval} this does any step of an open meeting whose
 * date, as {@link MeetingSchedule} computes it, is more than {@code convene.meetings.sweep-grace} past: invitations not
 * yet sent, reminders, the acceptance check, asking the chair to record a meeting whose time has passed, and the escalations when a meeting is not convened or its minutes are late.
 * The steps are idempotent, so when the timer fires after all, nothing happens twice.
 */
@Component
class MeetingSweep {

    private static final Logger log = LoggerFactory.getLogger(MeetingSweep.class);

    private final MeetingRepository meetings;
    private final InvitationRepository invitations;
    private final MeetingSteps steps;
    private final MeetingSchedule schedule;
    private final Clock clock;
    private final Duration grace;

    MeetingSweep(MeetingRepository meetings, InvitationRepository invitations, MeetingSteps steps, MeetingSchedule schedule, Clock clock,
                 @Value("${convene.meetings.sweep-grace:PT15M}") Duration grace) {
        this.meetings = meetings;
        this.invitations = invitations;
        this.steps = steps;
        this.schedule = schedule;
        this.clock = clock;
        this.grace = grace;
    }

    @Scheduled(fixedDelayString = "${convene.meetings.sweep-interval:PT15M}", initialDelayString = "${convene.meetings.sweep-interval:PT15M}")
    @SchedulerLock(name = "meeting-sweep")
    void sweepOnSchedule() {
        sweep();
    }

    void sweep() {
        Instant lateBefore = clock.instant().minus(grace);
        int caughtUp = 0;
        for (Meeting meeting : meetings.findOpen()) {
            try {
                caughtUp += catchUp(meeting, lateBefore);
            } catch (OptimisticLockingFailureException e) {
                // The meeting's own timer saved it a moment ago; the next sweep sees what that step did.
            }
        }
        if (caughtUp > 0) {
            log.warn("Meeting sweep caught up {} step(s) that their timers had not done", caughtUp);
        }
    }

    private int catchUp(Meeting meeting, Instant lateBefore) {
        long id = meeting.getId();
        return switch (meeting.getStatus()) {
            case REQUESTED -> step(meeting.getNotConvenedEscalatedAt() == null && meeting.getConveneBy().isBefore(lateBefore),
                    () -> steps.escalateNotConvened(id));
            case CONVENED -> step(meeting.getScheduledAt().isBefore(lateBefore) && invitations.findActiveByMeeting(id).stream()
                            .anyMatch(i -> i.isByEmail() && i.getSentSequence() < meeting.getCalendarSequence()), () -> steps.sendInvitations(id))
                    + step(meeting.getRemindersSentAt() == null && schedule.reminderAt(meeting).isBefore(lateBefore), () -> steps.sendReminders(id))
                    + step(meeting.getAcceptanceCheckedAt() == null && schedule.acceptanceCheckAt(meeting).isBefore(lateBefore),
                    () -> steps.checkRequiredAcceptances(id))
                    + step(meeting.getNotRecordedChasedAt() == null && schedule.recordDueBy(meeting).isBefore(lateBefore), () -> steps.chaseNotRecorded(id));
            case HELD -> step(meeting.getMinutesLateEscalatedAt() == null && meeting.getMinutesDueBy().isBefore(lateBefore),
                    () -> steps.escalateMinutesLate(id));
            case MINUTES_APPROVED, CLOSED, CANCELLED -> 0;
        };
    }

    private static int step(boolean late, Runnable step) {
        if (!late) {
            return 0;
        }
        step.run();
        return 1;
    }
}
