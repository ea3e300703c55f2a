package org.convene.access;

import java.util.Set;

/**
 * What access to a meeting depends on: its chair (null until one is assigned), who raised it, the referrer when they
 * are in the directory, whether it is still open, and its active invitations (to people, and to agencies' duty inboxes).
 */
public record MeetingFacts(Long chairId, String raisedBy, Long referrerPersonId, boolean open,
                           Set<Long> invitedPeople, Set<Long> invitedAgencies) {
}
