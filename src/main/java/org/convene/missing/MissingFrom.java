package org.convene.missing;

/** Where the child went missing from. */
public enum MissingFrom {
    HOME("Home"),
    CARE_PLACEMENT("Care placement"),
    SCHOOL("School"),
    OTHER("Somewhere else");

    private final String label;

    MissingFrom(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
