package org.convene.family;

/** A holder of parental responsibility's answer to the offer of a meeting before proceedings (section 31ZA). */
public enum OfferAnswer {
    ACCEPTED("Accepted"),
    DECLINED("Declined");

    private final String label;

    OfferAnswer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
