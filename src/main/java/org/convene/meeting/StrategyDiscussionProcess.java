package org.convene.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convene.workflow.OpenWork;
import org.convene.workflow.ProcessRestart;
import org.convene.workflow.Processes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
class StrategyDiscussionProcess implements OpenWork {

    static final String PROCESS_ID = "strategy-discussion";
    private static final Logger log = LoggerFactory.getLogger(StrategyDiscussionProcess.class);

    private final MeetingRepository meetings;
    private final MeetingSchedule schedule;
    private final Processes processes;

    StrategyDiscussionProcess(MeetingRepository meetings, MeetingSchedule schedule, Processes processes) {
        this.meetings = meetings;
        this.schedule = schedule;
        this.processes = processes;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void start(MeetingEvents.Raised raised) {
        startAt(raised.meetingId(), List.of());
    }

    /** Convening sets the dates of the reminders and of the minutes, so they travel with the message. */
    @TransactionalEventListener
    void convened(MeetingEvents.Convened convened) {
        meetings.findById(convened.meetingId()).ifPresent(meeting ->
                publish("meeting-convened", meeting.getId(), schedule.variablesFor(meeting)));
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void rescheduled(MeetingEvents.Rescheduled rescheduled) {
        meetings.findById(rescheduled.meetingId()).map(Meeting::getProcessInstanceKey).ifPresent(processes::cancel);
        startAt(rescheduled.meetingId(), List.of("send-invitations"));
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
    @Transactional(readOnly = true)
    public List<ProcessRestart> openWork() {
        List<ProcessRestart> restarts = new ArrayList<>();
        for (Meeting meeting : meetings.findOpen()) {
            restarts.add(new ProcessRestart(PROCESS_ID, String.valueOf(meeting.getId()), meeting.getProcessInstanceKey(),
                    List.of(stepReached(meeting)), schedule.variablesFor(meeting)));
        }
        return restarts;
    }

    @Override
    @Transactional
    public void restarted(ProcessRestart item, long processInstanceKey) {
        meetings.recordProcessInstance(Long.parseLong(item.businessKey()), processInstanceKey);
    }

    static String stepReached(Meeting meeting) {
        return switch (meeting.getStatus()) {
            case CONCERN_RAISED -> "await-convening";
            case CONVENED -> "send-invitations";
            case HELD -> "await-minutes";
            case MINUTES_APPROVED -> "circulate-minutes";
            case CLOSED, CANCELLED -> throw new IllegalStateException("a closed meeting has no process");
        };
    }

    private void startAt(long meetingId, List<String> elements) {
        try {
            meetings.findById(meetingId).ifPresent(meeting ->
                    meetings.recordProcessInstance(meetingId, processes.start(PROCESS_ID, schedule.variablesFor(meeting), elements)));
        } catch (RuntimeException e) {
            log.warn("Process of meeting {} not started ({}); recovery will start it", meetingId, e.getClass().getSimpleName());
        }
    }

    private void publish(String message, long meetingId, Map<String, Object> variables) {
        try {
            processes.publish(message, String.valueOf(meetingId), variables);
        } catch (RuntimeException e) {
            log.warn("Process of meeting {} not sent {} ({}); recovery will restart it at the right step", meetingId, message,
                    e.getClass().getSimpleName());
        }
    }
}
