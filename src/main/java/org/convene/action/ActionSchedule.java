package org.convene.action;

import java.util.LinkedHashMap;
import java.util.Map;
import org.convene.calendar.Deadlines;
import org.convene.calendar.Timescales;
import org.springframework.stereotype.Component;

/** The dates an action's process waits for, computed from its due date and the configured timescales. */
@Component
class ActionSchedule {

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
        variables.put("actionKey", String.valueOf(action.getId()));
        variables.put("actionId", action.getId());
        variables.put("reminderAt", dates.reminderAt().toString());
        variables.put("dueDayReminderAt", dates.dueDayReminderAt().toString());
        variables.put("overdueAt", dates.overdueAt().toString());
        variables.put("firstEscalationAt", dates.firstEscalationAt().toString());
        variables.put("secondEscalationAt", dates.secondEscalationAt().toString());
        return variables;
    }
}
