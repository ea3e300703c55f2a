package org.convene.family;

/**
 * Where a family's referral stands, in the order of reference §5.2; closed and declined end it. During private family
 * time nothing of the meeting is recorded: it goes back to the meeting when it ends.
 */
public enum FamilyStatus {
    REFERRED("Waiting for a coordinator"),
    BASELINE("Baseline meeting"),
    PREPARATION("Preparing the network"),
    MEETING("Family network meeting"),
    PRIVATE_TIME("Private family time"),
    PLAN("Plan agreed, to be sent"),
    REVIEW("Plan sent, review to come"),
    CLOSED("Closed"),
    DECLINED("Declined by the family");

    private final String label;

    FamilyStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this != CLOSED && this != DECLINED;
    }
}
