package org.convene.missing;

/** What an update while the child is missing is. */
public enum UpdateKind {
    SIGHTING("Sighting"),
    INFORMATION("Information"),
    POLICE_UPDATE("Police update");

    private final String label;

    UpdateKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
