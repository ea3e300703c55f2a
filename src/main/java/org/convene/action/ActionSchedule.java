package org.convene.action;

import java.util.LinkedHashMap;
import java.util.Map;
import org.convene.calendar.Deadlines;
import org.convene.calendar.Timescales;
import org.springframework.stereotype.Component;

/** The dates an action's process waits for, computed from its due date and the configured timescales. */
@Component
class ActionSchedule {

    /** The variables bpmn/action.bpmn reads: the key its messages correlate on, the id its workers take, and its timer dates. */
    static final String ACTION_KEY = "actionKey";
    static final String ACTION_ID = "actionId";
    static final String REMINDER_AT = "reminderAt";
    static final String DUE_DAY_REMINDER_AT = "dueDayReminderAt";
    static final String OVERDUE_AT = "overdueAt";
    static final String FIRST_ESCALATION_AT = "firstEscalationAt";
    static final String SECOND_ESCALATION_AT = "secondEscalationAt";

    private final Deadlines deadlines;
    private final Timescales timescales;

    ActionSchedule(Deadlines deadlines, Timescales timescales) {
        this.deadlines = deadlines;
        this.timescales = timescales;
    }

    ActionDates datesFor(Action action) {
        var due = action.getDueDate();
        return new ActionDates(deadlines.before(due, timescales.actionReminder()), deadlines.startOf(due), deadlines.endOf(due),
                deadlines.after(due, timescales.actionFirstEscalation()), deadlines.after(due, timescales.actionSecondEscalation()));
    }

    Map<String, Object> variablesFor(Action action) {
        ActionDates dates = datesFor(action);
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(ACTION_KEY, String.valueOf(action.getId()));
        variables.put(ACTION_ID, action.getId());
        variables.put(REMINDER_AT, dates.reminderAt().toString());
        variables.put(DUE_DAY_REMINDER_AT, dates.dueDayReminderAt().toString());
        variables.put(OVERDUE_AT, dates.overdueAt().toString());
        variables.put(FIRST_ESCALATION_AT, dates.firstEscalationAt().toString());
        variables.put(SECOND_ESCALATION_AT, dates.secondEscalationAt().toString());
        return variables;
    }
}
