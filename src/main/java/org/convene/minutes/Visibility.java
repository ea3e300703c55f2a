package org.convene.minutes;

/** Who may read an entry of the record: each recipient's copy of the minutes holds only what they may see. */
public enum Visibility {
    FAMILY("Can be shared with the family"),
    PROFESSIONALS("Professionals at the meeting only"),
    RESTRICTED("Only the agencies named");

    private final String label;

    Visibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
