package org.convene.access;

/**
 * What access to a case depends on: its lead (null until one is assigned: a strategy discussion's chair), who raised
 * it, the referrer when they are in the directory, whether it is still open, and whether the person may see one of the
 * meetings it convened.
 */
public record CaseFacts(Long leadId, String raisedBy, Long referrerPersonId, boolean open, boolean seesAMeeting) {
}
