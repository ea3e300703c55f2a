package org.convene.meeting;

public enum MeetingType {
    STRATEGY_DISCUSSION("Strategy discussion");

    private final String label;

    MeetingType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
