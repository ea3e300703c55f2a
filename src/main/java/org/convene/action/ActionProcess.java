package org.convene.action;

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
 * Keeps each open action's process (bpmn/action.bpmn) running: starts it once the action is committed, restarts it on a
 * new due date, tells it when the action closes, and rebuilds it at the step the database records.
 */
@Component
class ActionProcess extends WorkflowProcess<Action> {

    static final String PROCESS_ID = "action";
    static final String MESSAGE_CLOSED = "action-closed";
    static final String MESSAGE_SUPERSEDED = "action-superseded";
    static final String STEP_AWAIT_REMINDER = "wait-for-reminder";
    static final String STEP_AWAIT_DUE_DAY_REMINDER = "wait-for-due-day-reminder";
    static final String STEP_AWAIT_OVERDUE = "wait-for-overdue";
    static final String STEP_AWAIT_FIRST_ESCALATION = "wait-for-first-escalation";
    static final String STEP_AWAIT_SECOND_ESCALATION = "wait-for-second-escalation";

    private final ActionRepository actions;
    private final ActionSchedule schedule;

    ActionProcess(ActionRepository actions, ActionSchedule schedule, Processes processes) {
        super(PROCESS_ID, processes, actions::findById, () -> actions.findByStatus(ActionStatus.OPEN), schedule::variablesFor, actions::recordProcessInstance);
        this.actions = actions;
        this.schedule = schedule;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void started(ActionRaised raised) {
        start(raised.actionId());
    }

    /** A new due date: the old instance's timers are wrong, so a new one starts from the new dates. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void rescheduled(ActionRescheduled rescheduled) {
        restartBefore(rescheduled.actionId(), MESSAGE_SUPERSEDED, List.of());
    }

    /** The workers check the action's status, so a process that misses this message sends nothing more. */
    @TransactionalEventListener
    void closed(ActionClosed closed) {
        publish(MESSAGE_CLOSED, closed.actionId(), Map.of());
    }

    /** The element to carry on before, from what the database records; null once the ladder is exhausted. */
    @Override
    protected String stepReached(Action action) {
        if (action.getEscalationLevel() >= 2) {
            return null;
        }
        if (action.getEscalationLevel() == 1) {
            return STEP_AWAIT_SECOND_ESCALATION;
        }
        if (action.getOverdueAt() != null) {
            return STEP_AWAIT_FIRST_ESCALATION;
        }
        if (action.getDueDayReminderSentAt() != null) {
            return STEP_AWAIT_OVERDUE;
        }
        if (action.getReminderSentAt() != null) {
            return STEP_AWAIT_DUE_DAY_REMINDER;
        }
        return STEP_AWAIT_REMINDER;
    }
}
