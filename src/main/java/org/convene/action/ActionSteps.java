package org.convene.action;

import java.time.Clock;
import java.util.Map;
import org.convene.audit.AuditTrail;
import org.convene.directory.Person;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each step of an action's process does. Each is idempotent: Zeebe delivers a job at least once, a restarted
 * process may reach a step again and the sweep may get there first, so a step the database shows as done, or an
 * action that is closed, does nothing. A step caught up late, when the next step is already due, is recorded without its
 * mail: the owner gets the newest news (one "overdue"), not "due soon", "due today" and "overdue" in one minute.
 */
@Service
class ActionSteps {

    private final ActionRepository actions;
    private final ActionEscalationRepository escalations;
    private final ActionRecipients recipients;
    private final ActionSchedule schedule;
    private final ActionNotices notices;
    private final ActionMetrics metrics;
    private final AuditTrail audit;
    private final Clock clock;

    ActionSteps(ActionRepository actions, ActionEscalationRepository escalations, ActionRecipients recipients, ActionSchedule schedule,
                ActionNotices notices, ActionMetrics metrics, AuditTrail audit, Clock clock) {
        this.actions = actions;
        this.escalations = escalations;
        this.recipients = recipients;
        this.schedule = schedule;
        this.notices = notices;
        this.metrics = metrics;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void remindBeforeDue(long actionId) {
        Action action = open(actionId);
        if (action == null || action.getReminderSentAt() != null) {
            return;
        }
        boolean stillAhead = clock.instant().isBefore(schedule.datesFor(action).dueDayReminderAt());
        action.remindedBeforeDue(clock.instant());
        actions.save(action);
        if (stillAhead) {
            notices.dueSoon(action);
        }
        audit.record(AuditTrail.SYSTEM, "action.reminded", ActionService.ENTITY, actionId, Map.of("when", "before-due", "mailed", stillAhead));
    }

    @Transactional
    void remindOnDueDay(long actionId) {
        Action action = open(actionId);
        if (action == null || action.getDueDayReminderSentAt() != null) {
            return;
        }
        boolean stillDueToday = clock.instant().isBefore(schedule.datesFor(action).overdueAt());
        action.remindedOnDueDay(clock.instant());
        actions.save(action);
        if (stillDueToday) {
            notices.dueToday(action);
        }
        audit.record(AuditTrail.SYSTEM, "action.reminded", ActionService.ENTITY, actionId, Map.of("when", "due-today", "mailed", stillDueToday));
    }

    @Transactional
    void markOverdue(long actionId) {
        Action action = open(actionId);
        if (action == null || action.getOverdueAt() != null) {
            return;
        }
        action.markedOverdue(clock.instant());
        actions.save(action);
        notices.overdue(action);
        audit.record(AuditTrail.SYSTEM, "action.overdue", ActionService.ENTITY, actionId, Map.of("dueDate", action.getDueDate().toString()));
    }

    @Transactional
    void escalate(long actionId, int rung) {
        Action action = open(actionId);
        if (action == null || action.getEscalationLevel() >= rung) {
            return;
        }
        Person to = recipients.escalationRecipient(action, rung).orElse(null);
        action.escalatedTo(rung);
        actions.save(action);
        ActionEscalation escalation = escalations.save(new ActionEscalation(null, actionId, action.getDueDate(), rung,
                to == null ? null : to.id(), clock.instant(), null, null));
        if (to != null) {
            notices.escalated(action, to);
        }
        audit.record(AuditTrail.SYSTEM, "action.escalated", ActionService.ENTITY, actionId,
                Map.of("rung", rung, "escalationId", escalation.id(), "escalatedTo", to == null ? "nobody named" : String.valueOf(to.id())));
        metrics.escalationFired(rung);
    }

    private Action open(long actionId) {
        return actions.findById(actionId).filter(Action::isOpen).orElse(null);
    }
}
