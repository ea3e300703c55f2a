package org.convene.family;

/** A plan task as its review found it. */
public enum TaskOutcome {
    DONE("Done"),
    NOT_DONE("Not done");

    private final String label;

    TaskOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
