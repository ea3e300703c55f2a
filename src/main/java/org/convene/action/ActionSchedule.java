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

    Map<String, Object> variablesFor(Action action) {
        var due = action.getDueDate();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("actionKey", String.valueOf(action.getId()));
        variables.put("actionId", action.getId());
        variables.put("reminderAt", deadlines.before(due, timescales.actionReminder()).toString());
        variables.put("dueDayReminderAt", deadlines.startOf(due).toString());
        variables.put("overdueAt", deadlines.endOf(due).toString());
        variables.put("firstEscalationAt", deadlines.after(due, timescales.actionFirstEscalation()).toString());
        variables.put("secondEscalationAt", deadlines.after(due, timescales.actionSecondEscalation()).toString());
        return variables;
    }
}
