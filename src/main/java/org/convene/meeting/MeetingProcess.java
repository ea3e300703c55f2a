package org.convene.meeting;

import java.util.List;
import java.util.Map;
import org.convene.workflow.Processes;
import org.convene.workflow.WorkflowProcess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps each open meeting's process (bpmn/meeting.bpmn), whatever its kind, in step with the database: starts it when a
 * case asks for the meeting, tells it of convening, holding, approved minutes and cancelling, restarts it on a
 * reschedule (so that every timer follows the new time), and rebuilds it at the right step when the engine has lost it.
 */
@Component
class MeetingProcess extends WorkflowProcess<Meeting> {

    static final String PROCESS_ID = "meeting";
    static final String MESSAGE_CONVENED = "meeting-convened";
    static final String MESSAGE_HELD = "meeting-held";
    static final String MESSAGE_MINUTES_APPROVED = "minutes-approved";
    static final String MESSAGE_CANCELLED = "meeting-cancelled";
    static final String MESSAGE_SUPERSEDED = "meeting-superseded";
    static final String STEP_AWAIT_CONVENING = "await-convening";
    static final String STEP_SEND_INVITATIONS = "send-invitations";
    static final String STEP_AWAIT_MINUTES = "await-minutes";
    static final String STEP_CIRCULATE_MINUTES = "circulate-minutes";

    private final MeetingRepository meetings;
    private final MeetingSchedule schedule;

    MeetingProcess(MeetingRepository meetings, MeetingSchedule schedule, Processes processes) {
        super(PROCESS_ID, processes, meetings::findById, meetings::findOpen, schedule::variablesFor, meetings::recordProcessInstance);
        this.meetings = meetings;
        this.schedule = schedule;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void requested(MeetingEvents.Requested requested) {
        start(requested.meetingId());
    }

    /** Convening sets the dates of the reminders and of the minutes, so they travel with the message. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void convened(MeetingEvents.Convened convened) {
        meetings.findById(convened.meetingId())
                .ifPresent(meeting -> publishOnCommit(MESSAGE_CONVENED, meeting.getId(), schedule.variablesFor(meeting)));
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void rescheduled(MeetingEvents.Rescheduled rescheduled) {
        restartBefore(rescheduled.meetingId(), MESSAGE_SUPERSEDED, List.of(STEP_SEND_INVITATIONS));
    }

    @TransactionalEventListener
    void held(MeetingEvents.Held held) {
        publish(MESSAGE_HELD, held.meetingId(), Map.of());
    }

    @TransactionalEventListener
    void minutesApproved(MeetingEvents.MinutesApproved approved) {
        publish(MESSAGE_MINUTES_APPROVED, approved.meetingId(), Map.of());
    }

    @TransactionalEventListener
    void cancelled(MeetingEvents.Cancelled cancelled) {
        publish(MESSAGE_CANCELLED, cancelled.meetingId(), Map.of());
    }

    @Override
    protected String stepReached(Meeting meeting) {
        return switch (meeting.getStatus()) {
            case REQUESTED -> STEP_AWAIT_CONVENING;
            case CONVENED -> STEP_SEND_INVITATIONS;
            case HELD -> STEP_AWAIT_MINUTES;
            case MINUTES_APPROVED -> STEP_CIRCULATE_MINUTES;
            case CLOSED, CANCELLED -> null;
        };
    }
}
