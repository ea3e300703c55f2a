package org.convene.locality;

/** What a locality meeting decides for a subject on its agenda. */
public enum LocalityDecision {
    KEEP_UNDER_REVIEW("Keep under review"),
    CLOSE("Close, with the reason"),
    STRATEGY_DISCUSSION("Raise a strategy discussion"),
    ASSESSMENT("Start a peer group or location assessment");

    private final String label;

    LocalityDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether taking it did something that cannot be undone by another decision: closed a review, raised or started a case. */
    boolean actedOn() {
        return this != KEEP_UNDER_REVIEW;
    }
}
