package org.convene.family;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.convene.calendar.Deadlines;
import org.convene.calendar.Timescales;
import org.springframework.stereotype.Component;

/**
 * Every date a family's referral works to (reference §5.2), from when it was referred: a coordinator within 2 working
 * days, the baseline meeting within 5 days, the whole (meeting, plan and review) within 8 weeks; each meeting convened
 * within 10 working days of being asked for. Nowhere else computes one.
 */
@Component
class FamilySchedule {

    /** The variables bpmn/family-network-meeting.bpmn reads: the key its messages correlate on, the id its workers take, its timers. */
    static final String REFERRAL_KEY = "referralKey";
    static final String REFERRAL_ID = "referralId";
    static final String ALLOCATE_BY = "allocateBy";
    static final String COMPLETE_BY = "completeBy";

    private final Deadlines deadlines;
    private final Timescales timescales;

    FamilySchedule(Deadlines deadlines, Timescales timescales) {
        this.deadlines = deadlines;
        this.timescales = timescales;
    }

    Map<String, Object> variablesFor(FamilyReferral referral) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(REFERRAL_KEY, String.valueOf(referral.getId()));
        variables.put(REFERRAL_ID, referral.getId());
        variables.put(ALLOCATE_BY, referral.getAllocateBy().toString());
        variables.put(COMPLETE_BY, referral.getCompleteBy().toString());
        return variables;
    }

    Instant allocateBy(Instant referredAt) {
        return deadlines.after(referredAt, timescales.familyCoordinatorAllocation());
    }

    Instant baselineBy(Instant referredAt) {
        return deadlines.after(referredAt, timescales.familyBaselineMeeting());
    }

    Instant completeBy(Instant referredAt) {
        return deadlines.after(referredAt, timescales.familyMeetingCompletion());
    }

    /** The family network meeting, or its review, asked for now. */
    Instant meetingConveneBy(Instant askedAt) {
        return deadlines.after(askedAt, timescales.familyMeetingConvened());
    }
}
