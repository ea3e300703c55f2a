package org.convene.minutes;

public enum MinutesStatus {
    /** A correction being written; the first version has no draft row: the record itself is its draft. */
    DRAFT,
    /** Approved: immutable, its content hashed. */
    APPROVED,
    /** Approved once, then replaced by a correction; kept as it was. */
    SUPERSEDED
}
