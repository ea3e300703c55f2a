package org.convene.action;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.convene.calendar.Deadlines;
import org.convene.calendar.Timescales;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Backs up the escalation timers: Zeebe timers never fire early but can fire late, and an instance can be lost.
 * Every {@code convene.actions.sweep-interval} this marks overdue, and escalates, any open action whose step is
 * more than {@code convene.actions.sweep-grace} late. The steps are idempotent, so when the timer fires after all,
 * nothing happens twice.
 */
@Component
class ActionSweep {

    private static final Logger log = LoggerFactory.getLogger(ActionSweep.class);

    private final ActionRepository actions;
    private final ActionSteps steps;
    private final Deadlines deadlines;
    private final Timescales timescales;
    private final Clock clock;
    private final Duration grace;

    ActionSweep(ActionRepository actions, ActionSteps steps, Deadlines deadlines, Timescales timescales, Clock clock,
                @Value("${convene.actions.sweep-grace:PT15M}") Duration grace) {
        this.actions = actions;
        this.steps = steps;
        this.deadlines = deadlines;
        this.timescales = timescales;
        this.clock = clock;
        this.grace = grace;
    }

    @Scheduled(fixedDelayString = "${convene.actions.sweep-interval:PT15M}", initialDelayString = "${convene.actions.sweep-interval:PT15M}")
    @SchedulerLock(name = "action-sweep")
    void sweepOnSchedule() {
        sweep();
    }

    void sweep() {
        Instant lateBefore = clock.instant().minus(grace);
        List<Action> overdue = actions.findOpenDueBefore(deadlines.today(clock));
        int caughtUp = 0;
        for (Action action : overdue) {
            try {
                caughtUp += catchUp(action, lateBefore);
            } catch (OptimisticLockingFailureException e) {
                // The action's own timer saved it a moment ago; the next sweep sees what that step did.
            }
        }
        if (caughtUp > 0) {
            log.warn("Action sweep caught up {} step(s) that their timers had not done", caughtUp);
        }
    }

    private int catchUp(Action action, Instant lateBefore) {
        int caughtUp = 0;
        var due = action.getDueDate();
        if (action.getOverdueAt() == null && deadlines.endOf(due).isBefore(lateBefore)) {
            steps.markOverdue(action.getId());
            caughtUp++;
        }
        if (action.getEscalationLevel() < 1 && deadlines.after(due, timescales.actionFirstEscalation()).isBefore(lateBefore)) {
            steps.escalate(action.getId(), 1);
            caughtUp++;
        }
        if (action.getEscalationLevel() < 2 && deadlines.after(due, timescales.actionSecondEscalation()).isBefore(lateBefore)) {
            steps.escalate(action.getId(), 2);
            caughtUp++;
        }
        return caughtUp;
    }
}
