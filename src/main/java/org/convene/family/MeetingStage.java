package org.convene.family;

/**
 * The moments of a family network meeting Convene records as they happen. Of private family time it keeps only when it
 * started and ended: what the family said to each other is theirs.
 */
public enum MeetingStage {
    SHARING("Information sharing started"),
    PRIVATE_TIME_STARTED("Private family time started"),
    PRIVATE_TIME_ENDED("Private family time ended");

    private final String label;

    MeetingStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
