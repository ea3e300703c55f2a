package org.convene.assessment;

/**
 * How far the peer group or place itself drives the harm, as the assessment weighs it: the weight the intervention plan
 * gives to changing the context rather than supporting each child.
 */
public enum ContextWeighting {
    LOW("Low: the context plays little part in the harm"),
    MEDIUM("Medium: the context adds to the harm"),
    HIGH("High: the context drives the harm");

    private final String label;

    ContextWeighting(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
