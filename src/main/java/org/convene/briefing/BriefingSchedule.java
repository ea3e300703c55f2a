package org.convene.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.convene.calendar.CouncilTime;
import org.convene.calendar.Deadlines;
import org.convene.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * Every date the daily briefings work to. Nowhere else computes one. A briefing is held each working day at the set
 * time, and covers what was logged since the previous working day's briefing, so Monday's covers the weekend and the
 * day after a bank holiday covers the holiday. An incident's triage is due by the end of the working day after it was
 * logged; each briefing's process checks at the end of its own day, so every working day's end is checked.
 */
@Component
class BriefingSchedule {

    /** The variables bpmn/daily-briefing.bpmn reads: the id its workers take, and its two timers. */
    static final String BRIEFING_ID = "briefingId";
    static final String STARTS_AT = "startsAt";
    static final String DAY_ENDS_AT = "dayEndsAt";

    private final WorkingDayCalendar calendar;
    private final Deadlines deadlines;
    private final CouncilTime dates;
    private final BriefingSettings settings;

    BriefingSchedule(WorkingDayCalendar calendar, Deadlines deadlines, CouncilTime dates, BriefingSettings settings) {
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.dates = dates;
        this.settings = settings;
    }

    Map<String, Object> variablesFor(DailyBriefing briefing) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(BRIEFING_ID, briefing.getId());
        variables.put(STARTS_AT, briefing.getStartsAt().toString());
        variables.put(DAY_ENDS_AT, dayEndsAt(briefing.getBriefingDate()).toString());
        return variables;
    }

    /** The set time on a date, council time. */
    Instant startsAt(LocalDate date) {
        return date.atTime(settings.time()).atZone(dates.zone()).toInstant();
    }

    /** Where a briefing's agenda starts: the previous working day's briefing time. */
    Instant coversFrom(LocalDate date) {
        return startsAt(calendar.addWorkingDays(date, -1));
    }

    /** The briefing day a date belongs to: the date itself if it is a working day, else the next working day. */
    LocalDate briefingDayOf(LocalDate date) {
        return calendar.isWorkingDay(date) ? date : calendar.addWorkingDays(date, 1);
    }

    /** The date of the first briefing still to start at {@code now}: today's, if it is a working day and not yet begun. */
    LocalDate nextBriefingDate(Instant now) {
        LocalDate today = dates.dateOf(now);
        LocalDate candidate = briefingDayOf(today);
        return startsAt(candidate).isAfter(now) ? candidate : calendar.addWorkingDays(candidate, 1);
    }

    /**
     * The end of the next working day after the day an incident was logged: Friday's and the weekend's are due by the end
     * of Monday (Tuesday after a bank holiday), so Monday's briefing has the day to triage them.
     */
    Instant triageDueBy(Instant loggedAt) {
        return deadlines.endOf(calendar.addWorkingDays(dates.dateOf(loggedAt), 1));
    }

    Instant dayEndsAt(LocalDate date) {
        return deadlines.endOf(date);
    }
}
