package org.convene.briefing;

/** What happens to daily briefings and incidents, for other modules (the locality meetings) and the briefing's process. */
public final class BriefingEvents {

    private BriefingEvents() {
    }

    /** A working day's briefing is scheduled: its process starts once this commits. */
    public record Scheduled(long briefingId) {
    }

    /** An incident was triaged: with a locality when it was added to that locality meeting's agenda. */
    public record Triaged(long incidentId, TriageDecision decision, Long localityId) {
    }
}
