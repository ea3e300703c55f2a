package org.convene.missing;

/** The police risk grading of a missing child (reference §3.1), from no apparent risk to high. */
public enum RiskGrade {
    NO_APPARENT_RISK("No apparent risk (absent)"),
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String label;

    RiskGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
