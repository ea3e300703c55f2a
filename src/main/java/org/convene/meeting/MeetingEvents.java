package org.convene.meeting;

/** Published inside the transaction that changes a meeting; its process hears of them once it has committed. */
final class MeetingEvents {

    private MeetingEvents() {
    }

    record Requested(long meetingId) {
    }

    record Convened(long meetingId) {
    }

    record Rescheduled(long meetingId) {
    }

    record Held(long meetingId) {
    }

    record Cancelled(long meetingId) {
    }

    record MinutesApproved(long meetingId) {
    }
}
