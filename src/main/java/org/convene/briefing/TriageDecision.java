package org.convene.briefing;

/** What the briefing decided about an incident. Some decisions need more: a reason, a locality, a subject, an action. */
public enum TriageDecision {
    NO_FURTHER_ACTION("No further action"),
    FRONT_DOOR("Referred to the front door"),
    STRATEGY_DISCUSSION("Strategy discussion raised"),
    LOCALITY_MEETING("Added to the locality meeting's agenda"),
    SUBJECT_UNDER_REVIEW("Linked to a subject under review"),
    ACTION("An action set");

    private final String label;

    TriageDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
