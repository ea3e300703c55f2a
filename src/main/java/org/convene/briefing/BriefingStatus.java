package org.convene.briefing;

/**
 * Where a day's briefing is: SCHEDULED until its time (its agenda still growing), OPEN from its time until the end of
 * its day (its agenda fixed, incidents triaged, attendance recorded), DONE once the end-of-day check has flagged what is
 * late. Attendance may still be recorded after it is done.
 */
public enum BriefingStatus {
    SCHEDULED, OPEN, DONE
}
