package org.convene.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.convene.calendar.Deadlines;
import org.convene.calendar.Timescales;
import org.springframework.stereotype.Component;

/**
 * The dates a meeting's process waits for, computed from the meeting and the configured timescales. A meeting set at
 * short notice gets no reminder (its invitation is one), and the check that required agencies have accepted waits at
 * least {@link #NOTICE} after the invitations went, so that nobody is sent three mails in one minute.
 */
@Component
class MeetingSchedule {

    static final Duration NOTICE = Duration.ofHours(2);

    /** The variables bpmn/meeting.bpmn reads: the key its messages correlate on, the id its workers take, and its timer dates. */
    static final String MEETING_KEY = "meetingKey";
    static final String MEETING_ID = "meetingId";
    static final String CONVENE_BY = "conveneBy";
    static final String REMINDER_AT = "reminderAt";
    static final String ACCEPTANCE_CHECK_AT = "acceptanceCheckAt";
    static final String MINUTES_DUE_BY = "minutesDueBy";
    static final String RECORD_DUE_BY = "recordDueBy";

    private final Deadlines deadlines;
    private final Timescales timescales;

    MeetingSchedule(Deadlines deadlines, Timescales timescales) {
        this.deadlines = deadlines;
        this.timescales = timescales;
    }

    Map<String, Object> variablesFor(Meeting meeting) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(MEETING_KEY, String.valueOf(meeting.getId()));
        variables.put(MEETING_ID, meeting.getId());
        variables.put(CONVENE_BY, meeting.getConveneBy().toString());
        if (meeting.getStartsAt() != null) {
            variables.put(REMINDER_AT, reminderAt(meeting).toString());
            variables.put(ACCEPTANCE_CHECK_AT, acceptanceCheckAt(meeting).toString());
            variables.put(MINUTES_DUE_BY, meeting.getMinutesDueBy().toString());
            variables.put(RECORD_DUE_BY, recordDueBy(meeting).toString());
        }
        return variables;
    }

    Instant reminderAt(Meeting meeting) {
        return deadlines.before(meeting.getStartsAt(), timescales.meetingReminder());
    }

    /** Whether invitees are reminded: not when the meeting was set too close to the reminder's date for one to help. */
    boolean remindsInvitees(Meeting meeting) {
        return meeting.getScheduledAt() == null || reminderAt(meeting).isAfter(meeting.getScheduledAt().plus(NOTICE));
    }

    /** When the chair is asked to record whether the meeting took place, if it is still not recorded as held. */
    Instant recordDueBy(Meeting meeting) {
        return deadlines.after(meeting.getStartsAt(), timescales.meetingRecorded());
    }

    Instant acceptanceCheckAt(Meeting meeting) {
        Instant due = deadlines.before(meeting.getStartsAt(), timescales.requiredAcceptanceCheck());
        Instant earliest = meeting.getScheduledAt() == null ? due : meeting.getScheduledAt().plus(NOTICE);
        return due.isAfter(earliest) ? due : earliest;
    }

    /** Whether the chair is alerted about agencies that have not accepted: not once the meeting has begun. */
    boolean checksAcceptances(Meeting meeting) {
        return acceptanceCheckAt(meeting).isBefore(meeting.getStartsAt());
    }
}
