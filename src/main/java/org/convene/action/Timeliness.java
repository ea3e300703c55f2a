package org.convene.action;

/**
 * Timeliness figures for a manager's scope: of the actions completed in the last {@value #PERIOD_DAYS} days, how
 * many by their due date; how many open actions are overdue now, and the median number of days they are overdue.
 */
public record Timeliness(long completed, long completedOnTime, long overdue, Long medianDaysOverdue) {

    public static final int PERIOD_DAYS = 90;

    /** Whole percent, or null when nothing was completed. */
    public Integer onTimePercent() {
        return completed == 0 ? null : (int) Math.round(100.0 * completedOnTime / completed);
    }
}
