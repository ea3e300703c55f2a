package org.convene.access;

import java.util.Set;

/**
 * What access to a meeting depends on: its chair (null until one is assigned), who asked for it, the people whose part
 * in its case lets them see its meetings (who raised a concern, a referrer in the directory), whether it is still open,
 * and its active invitations (to people, and to agencies' duty inboxes).
 */
public record MeetingFacts(Long chairId, String requestedBy, Set<Long> caseViewers, boolean open,
                           Set<Long> invitedPeople, Set<Long> invitedAgencies) {
}
