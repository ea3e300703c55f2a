package org.convene.meeting;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.workflow.Processes;
import org.convene.workflow.WorkflowProcess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps each open meeting's process (bpmn/strategy-discussion.bpmn) in step with the database: starts it, tells it
 * of convening, holding and cancelling, restarts it on a reschedule (so that every timer follows the new time), and
 * rebuilds it at the right step when the engine has lost it.
 */
@Component
class StrategyDiscussionProcess extends WorkflowProcess<Meeting> {

    static final String PROCESS_ID = "strategy-discussion";

    private final MeetingRepository meetings;
    private final MeetingSchedule schedule;

    StrategyDiscussionProcess(MeetingRepository meetings, MeetingSchedule schedule, Processes processes) {
        super(PROCESS_ID, processes);
        this.meetings = meetings;
        this.schedule = schedule;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void raised(MeetingEvents.Raised raised) {
        start(raised.meetingId());
    }

    /** Convening sets the dates of the reminders and of the minutes, so they travel with the message. */
    @TransactionalEventListener
    void convened(MeetingEvents.Convened convened) {
        meetings.findById(convened.meetingId()).ifPresent(meeting -> publish("meeting-convened", meeting.getId(), schedule.variablesFor(meeting)));
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void rescheduled(MeetingEvents.Rescheduled rescheduled) {
        restartBefore(rescheduled.meetingId(), List.of("send-invitations"));
    }

    @TransactionalEventListener
    void held(MeetingEvents.Held held) {
        publish("meeting-held", held.meetingId(), Map.of());
    }

    @TransactionalEventListener
    void minutesApproved(MeetingEvents.MinutesApproved approved) {
        publish("minutes-approved", approved.meetingId(), Map.of());
    }

    @TransactionalEventListener
    void cancelled(MeetingEvents.Cancelled cancelled) {
        publish("meeting-cancelled", cancelled.meetingId(), Map.of());
    }

    @Override
    protected String stepReached(Meeting meeting) {
        return switch (meeting.getStatus()) {
            case CONCERN_RAISED -> "await-convening";
            case CONVENED -> "send-invitations";
            case HELD -> "await-minutes";
            case MINUTES_APPROVED -> "circulate-minutes";
            case CLOSED, CANCELLED -> null;
        };
    }

    @Override
    protected Optional<Meeting> find(long id) {
        return meetings.findById(id);
    }

    @Override
    protected long idOf(Meeting meeting) {
        return meeting.getId();
    }

    @Override
    protected Long instanceOf(Meeting meeting) {
        return meeting.getProcessInstanceKey();
    }

    @Override
    protected Map<String, Object> variables(Meeting meeting) {
        return schedule.variablesFor(meeting);
    }

    @Override
    protected void recordInstance(long id, long processInstanceKey) {
        meetings.recordProcessInstance(id, processInstanceKey);
    }

    @Override
    protected List<Meeting> openItems() {
        return meetings.findOpen();
    }
}
