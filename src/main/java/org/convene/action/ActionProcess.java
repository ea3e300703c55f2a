package org.convene.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convene.workflow.OpenWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.convene.workflow.ProcessRestart;
import org.convene.workflow.Processes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps each open action's process running: starts it once the action is committed, tells it when the action
 * closes, and restarts it at the step the database records when the engine has lost it.
 */
@Component
class ActionProcess implements OpenWork {

    private static final Logger log = LoggerFactory.getLogger(ActionProcess.class);

    static final String PROCESS_ID = "action";
    static final String CLOSED_MESSAGE = "action-closed";

    private final ActionRepository actions;
    private final ActionSchedule schedule;
    private final Processes processes;

    ActionProcess(ActionRepository actions, ActionSchedule schedule, Processes processes) {
        this.actions = actions;
        this.schedule = schedule;
        this.processes = processes;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void start(ActionRaised raised) {
        try {
            actions.findById(raised.actionId()).ifPresent(action ->
                    actions.recordProcessInstance(action.getId(), processes.start(PROCESS_ID, schedule.variablesFor(action))));
        } catch (RuntimeException e) {
            log.warn("Process of action {} not started ({}); recovery will start it", raised.actionId(), e.getClass().getSimpleName());
        }
    }

    /** A new due date: the old instance's timers are wrong, so it is cancelled and a new one starts from the new dates. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void restart(ActionRescheduled rescheduled) {
        try {
            actions.findById(rescheduled.actionId()).ifPresent(action -> {
                if (action.getProcessInstanceKey() != null) {
                    processes.cancel(action.getProcessInstanceKey());
                }
                actions.recordProcessInstance(action.getId(), processes.start(PROCESS_ID, schedule.variablesFor(action)));
            });
        } catch (RuntimeException e) {
            log.warn("Process of action {} not restarted ({}); recovery will restart it", rescheduled.actionId(), e.getClass().getSimpleName());
        }
    }

    @TransactionalEventListener
    void stop(ActionClosed closed) {
        try {
            processes.publish(CLOSED_MESSAGE, String.valueOf(closed.actionId()), Map.of());
        } catch (RuntimeException e) {
            // The workers check the action's status, so a process that missed this message sends nothing more.
            log.warn("Process of action {} not told it closed ({})", closed.actionId(), e.getClass().getSimpleName());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProcessRestart> openWork() {
        List<ProcessRestart> restarts = new ArrayList<>();
        for (Action action : actions.findByStatus(ActionStatus.OPEN)) {
            String step = stepReached(action);
            if (step != null) {
                restarts.add(new ProcessRestart(PROCESS_ID, String.valueOf(action.getId()), action.getProcessInstanceKey(),
                        List.of(step), schedule.variablesFor(action)));
            }
        }
        return restarts;
    }

    @Override
    @Transactional
    public void restarted(ProcessRestart item, long processInstanceKey) {
        actions.recordProcessInstance(Long.parseLong(item.businessKey()), processInstanceKey);
    }

    /** The element to carry on before, from what the database records; null once the ladder is exhausted. */
    static String stepReached(Action action) {
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
}
