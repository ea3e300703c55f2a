package org.convene.family;

/** A member's answer when offered an advocate to help them say what they think. */
public enum AdvocateOffer {
    ACCEPTED("Wants an advocate"),
    DECLINED("Does not want one");

    private final String label;

    AdvocateOffer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
