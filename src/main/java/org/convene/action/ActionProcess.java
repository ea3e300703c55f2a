package org.convene.action;

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
 * Keeps each open action's process (bpmn/action.bpmn) running: starts it once the action is committed, restarts it on a
 * new due date, tells it when the action closes, and rebuilds it at the step the database records.
 */
@Component
class ActionProcess extends WorkflowProcess<Action> {

    static final String PROCESS_ID = "action";
    static final String CLOSED_MESSAGE = "action-closed";

    private final ActionRepository actions;
    private final ActionSchedule schedule;

    ActionProcess(ActionRepository actions, ActionSchedule schedule, Processes processes) {
        super(PROCESS_ID, processes);
        this.actions = actions;
        this.schedule = schedule;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void started(ActionRaised raised) {
        start(raised.actionId());
    }

    /** A new due date: the old instance's timers are wrong, so a new one starts from the new dates. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void rescheduled(ActionRescheduled rescheduled) {
        restartBefore(rescheduled.actionId(), List.of());
    }

    /** The workers check the action's status, so a process that misses this message sends nothing more. */
    @TransactionalEventListener
    void closed(ActionClosed closed) {
        publish(CLOSED_MESSAGE, closed.actionId(), Map.of());
    }

    /** The element to carry on before, from what the database records; null once the ladder is exhausted. */
    @Override
    protected String stepReached(Action action) {
        if (action.getEscalationLevel() >= 2) {
            return null;
        }
        if (action.getEscalationLevel() == 1) {
            return "wait-for-second-escalation";
        }
        if (action.getOverdueAt() != null) {
            return "wait-for-first-escalation";
        }
        if (action.getDueDayReminderSentAt() != null) {
            return "wait-for-overdue";
        }
        if (action.getReminderSentAt() != null) {
            return "wait-for-due-day-reminder";
        }
        return "wait-for-reminder";
    }

    @Override
    protected Optional<Action> find(long id) {
        return actions.findById(id);
    }

    @Override
    protected long idOf(Action action) {
        return action.getId();
    }

    @Override
    protected Long instanceOf(Action action) {
        return action.getProcessInstanceKey();
    }

    @Override
    protected Map<String, Object> variables(Action action) {
        return schedule.variablesFor(action);
    }

    @Override
    protected void recordInstance(long id, long processInstanceKey) {
        actions.recordProcessInstance(id, processInstanceKey);
    }

    @Override
    protected List<Action> openItems() {
        return actions.findByStatus(ActionStatus.OPEN);
    }
}
