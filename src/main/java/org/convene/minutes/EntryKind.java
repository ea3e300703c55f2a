package org.convene.minutes;

public enum EntryKind {
    /** Information an agency shared. */
    INFORMATION,
    /** A professional's disagreement with a decision, in their words. */
    DISSENT,
    /** What will be shared with the family, and how. */
    FAMILY_SHARING
}
