package org.convene.meeting;

/**
 * Of the meetings whose concern was raised in the period: how many were convened, and how many of those by their
 * convene-by time; how many had minutes circulated, and how many of those by their due time. And, whenever asked for,
 * how many meetings now have their time passed without anyone recording them as held or cancelling them.
 */
public record MeetingTimeliness(long convened, long convenedInTime, long circulated, long circulatedInTime, long notRecorded) {

    public Integer convenedInTimePercent() {
        return convened == 0 ? null : (int) Math.round(100.0 * convenedInTime / convened);
    }

    public Integer circulatedInTimePercent() {
        return circulated == 0 ? null : (int) Math.round(100.0 * circulatedInTime / circulated);
    }
}
