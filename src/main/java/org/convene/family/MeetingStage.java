package org.convene.family;

/**
 * The moments of a family network meeting Convene records as they happen. Of private family time it keeps only when it
 * started and ended: what the family said to each other is theirs.
 */
public enum MeetingStage {
    SHARING("Information sharing started", FamilyCommand.START_SHARING),
    PRIVATE_TIME_STARTED("Private family time started", FamilyCommand.START_PRIVATE_TIME),
    PRIVATE_TIME_ENDED("Private family time ended", FamilyCommand.END_PRIVATE_TIME);

    private final String label;
    private final FamilyCommand command;

    MeetingStage(String label, FamilyCommand command) {
        this.label = label;
        this.command = command;
    }

    public String label() {
        return label;
    }

    /** The command of the referral's table that records it. */
    FamilyCommand command() {
        return command;
    }
}
