package org.convene.family;

/** How a member answered when asked to take part. */
public enum Consent {
    GIVEN("Agreed to take part"),
    REFUSED("Did not agree");

    private final String label;

    Consent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
