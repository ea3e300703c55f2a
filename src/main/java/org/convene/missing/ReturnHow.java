package org.convene.missing;

/** How a missing child came back. */
public enum ReturnHow {
    RETURNED_THEMSELVES("Came back on their own"),
    FOUND_BY_POLICE("Found by the police"),
    FOUND_BY_FAMILY_OR_CARER("Found by family or a carer"),
    FOUND_BY_SOMEONE_ELSE("Found by someone else");

    private final String label;

    ReturnHow(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
