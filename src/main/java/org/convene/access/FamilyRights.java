package org.convene.access;

/**
 * What one person may do with one family's referral.
 *
 * @param view       see it: the children, the worries, the network, the meeting's stages, the plan and the letters
 * @param coordinate act as its coordinator: the baseline, preparation, invitations, the meeting's stages, the plan, the review
 * @param network    add and change members of the family network (the coordinator, and the social worker who referred it)
 * @param allocate   give it to a coordinator
 * @param take       take an unallocated referral as its coordinator
 * @param decline    record that the family declined
 */
public record FamilyRights(boolean view, boolean coordinate, boolean network, boolean allocate, boolean take, boolean decline) {
}
