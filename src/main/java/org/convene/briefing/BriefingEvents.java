package org.convene.briefing;

/** What happens to daily briefings, for the briefing's process. */
final class BriefingEvents {

    private BriefingEvents() {
    }

    /** A working day's briefing is scheduled: its process starts once this commits. */
    record Scheduled(long briefingId) {
    }
}
