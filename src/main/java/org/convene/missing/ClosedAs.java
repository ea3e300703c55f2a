package org.convene.missing;

/**
 * An episode closed without a return, because the child was not missing after all: neither counts as a missing
 * episode (for repeat missing or the figures), and neither is followed by a return home interview.
 */
public enum ClosedAs {
    AWAY_WITHOUT_AUTHORISATION("Whereabouts known: away without authorisation"),
    REPORTED_IN_ERROR("Reported in error");

    private final String label;

    ClosedAs(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
