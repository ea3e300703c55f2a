package org.convene.family;

/** A member's answer to the invitation to the family network meeting. */
public enum MeetingAnswer {
    COMING("Coming"),
    NOT_COMING("Not coming");

    private final String label;

    MeetingAnswer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
