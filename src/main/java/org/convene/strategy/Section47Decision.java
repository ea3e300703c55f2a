package org.convene.strategy;

/** The strategy discussion's decision for a child (reference §2.6). */
public enum Section47Decision {
    SECTION_47_SINGLE_AGENCY("Section 47 enquiry, by children's social care"),
    SECTION_47_JOINT("Section 47 enquiry, jointly with police"),
    ASSESSMENT_OR_SECTION_17("Assessment, or support under section 17"),
    NO_FURTHER_ACTION("No further action"),
    REVIEW("A review strategy discussion");

    private final String label;

    /** Whether the decision opens (or continues) a section 47 enquiry. */
    boolean startsAnEnquiry() {
        return this == SECTION_47_SINGLE_AGENCY || this == SECTION_47_JOINT;
    }

    Section47Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
