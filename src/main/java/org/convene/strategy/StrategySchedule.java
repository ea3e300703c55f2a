package org.convene.strategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.convene.calendar.CouncilTime;
import org.convene.calendar.Deadlines;
import org.convene.calendar.Timescales;
import org.springframework.stereotype.Component;

/**
 * Every date a concern works to, from the configured timescales: when each discussion must be convened by, the
 * complex strategy meeting, the initial child protection conference, and the section 47 outcome its process waits for.
 */
@Component
class StrategySchedule {

    /** The variables bpmn/strategy-discussion.bpmn reads: the key its messages correlate on, the id its workers take, its timer. */
    static final String CASE_KEY = "caseKey";
    static final String CASE_ID = "caseId";
    static final String OUTCOME_DUE_BY = "outcomeDueBy";

    private final Deadlines deadlines;
    private final Timescales timescales;
    private final CouncilTime dates;

    StrategySchedule(Deadlines deadlines, Timescales timescales, CouncilTime dates) {
        this.deadlines = deadlines;
        this.timescales = timescales;
        this.dates = dates;
    }

    Map<String, Object> variablesFor(StrategyCase strategy) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CASE_KEY, String.valueOf(strategy.getId()));
        variables.put(CASE_ID, strategy.getId());
        if (strategy.getOutcomeDueBy() != null) {
            variables.put(OUTCOME_DUE_BY, strategy.getOutcomeDueBy().toString());
        }
        return variables;
    }

    /** A strategy discussion asked for now (for a new concern, or another one) is convened within the timescale. */
    Instant discussionConveneBy(Instant askedAt) {
        return deadlines.after(askedAt, timescales.strategyDiscussionConvened());
    }

    /** A review is convened by the start of the day the discussion set for it. */
    Instant reviewConveneBy(LocalDate reviewBy) {
        return deadlines.startOf(reviewBy);
    }

    /** A complex strategy meeting follows the first discussion within the timescale. */
    Instant complexMeetingConveneBy(Instant firstDiscussion) {
        return deadlines.after(firstDiscussion, timescales.complexStrategyMeeting());
    }

    /** The section 47 enquiry's outcome is due within the timescale of the discussion that started it. */
    Instant outcomeDueBy(Instant discussion) {
        return deadlines.after(discussion, timescales.section47Outcome());
    }

    /** The initial child protection conference is held within the timescale of the discussion that started the enquiry. */
    LocalDate conferenceDueOn(Instant discussion) {
        return dates.dateOf(deadlines.after(discussion, timescales.initialChildProtectionConference()));
    }
}
