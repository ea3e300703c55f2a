package org.convene.minutes;

/**
 * Published in the transaction that approves a meeting's first minutes, for the workflow whose case convened the
 * meeting to act on what was decided (a strategy case opening a section 47 enquiry, or asking for a review).
 */
public record MinutesApproved(long meetingId, String caseType, long caseId, String approvedBy) {
}
