package org.convene.meeting;

/** Where a meeting is: a concern waiting to be convened, convened, held, minutes approved, closed, or cancelled. */
public enum MeetingStatus {
    CONCERN_RAISED, CONVENED, HELD, MINUTES_APPROVED, CLOSED, CANCELLED;

    public boolean isOpen() {
        return this != CLOSED && this != CANCELLED;
    }
}
