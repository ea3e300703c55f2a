package org.convene.meeting;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/**
 * Thin job workers for bpmn/meeting.bpmn: each hands its job to {@link MeetingSteps}. Public (class and
 * methods), as the SDK invokes them reflectively from its own package.
 */
@Component
public class MeetingWorkers {

    private final MeetingSteps steps;

    MeetingWorkers(MeetingSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "meeting-send-invitations")
    public void sendInvitations(@Variable Long meetingId) {
        steps.sendInvitations(meetingId);
    }

    @JobWorker(type = "meeting-send-reminders")
    public void sendReminders(@Variable Long meetingId) {
        steps.sendReminders(meetingId);
    }

    @JobWorker(type = "meeting-check-acceptances")
    public void checkAcceptances(@Variable Long meetingId) {
        steps.checkRequiredAcceptances(meetingId);
    }

    @JobWorker(type = "meeting-chase-not-recorded")
    public void chaseNotRecorded(@Variable Long meetingId) {
        steps.chaseNotRecorded(meetingId);
    }

    @JobWorker(type = "meeting-escalate-not-convened")
    public void escalateNotConvened(@Variable Long meetingId) {
        steps.escalateNotConvened(meetingId);
    }

    @JobWorker(type = "meeting-escalate-minutes-late")
    public void escalateMinutesLate(@Variable Long meetingId) {
        steps.escalateMinutesLate(meetingId);
    }
}
