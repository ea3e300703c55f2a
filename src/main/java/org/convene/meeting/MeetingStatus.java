package org.convene.meeting;

/** Where a meeting is: asked for and waiting to be convened, convened, held, minutes approved, closed, or cancelled. */
public enum MeetingStatus {
    REQUESTED, CONVENED, HELD, MINUTES_APPROVED, CLOSED, CANCELLED;

    public boolean isOpen() {
        return this != CLOSED && this != CANCELLED;
    }
}
