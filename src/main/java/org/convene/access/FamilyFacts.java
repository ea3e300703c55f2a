package org.convene.access;

/**
 * What access to a family's referral depends on: its coordinator (null until one is allocated), the social worker who
 * referred it, whether it is still open, and whether the person may see one of the meetings it convened.
 */
public record FamilyFacts(Long coordinatorId, long referrerId, boolean open, boolean seesAMeeting) {
}
