package org.convene.meeting;

import java.util.HashMap;
import java.util.Map;
import org.convene.calendar.Deadlines;
import org.convene.calendar.Timescales;
import org.springframework.stereotype.Component;

/** The dates a meeting's process waits for, computed from the meeting and the configured timescales. */
@Component
class MeetingSchedule {

    private final Deadlines deadlines;
    private final Timescales timescales;

    MeetingSchedule(Deadlines deadlines, Timescales timescales) {
        this.deadlines = deadlines;
        this.timescales = timescales;
    }

    Map<String, Object> variablesFor(Meeting meeting) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("meetingKey", String.valueOf(meeting.getId()));
        variables.put("meetingId", meeting.getId());
        variables.put("conveneBy", meeting.getConveneBy().toString());
        if (meeting.getStartsAt() != null) {
            variables.put("reminderAt", deadlines.before(meeting.getStartsAt(), timescales.meetingReminder()).toString());
            variables.put("acceptanceCheckAt", deadlines.before(meeting.getStartsAt(), timescales.requiredAcceptanceCheck()).toString());
            variables.put("minutesDueBy", meeting.getMinutesDueBy().toString());
        }
        return variables;
    }
}
