package org.convene.access;

import java.util.Set;

/** What access to an action depends on: its owner (a person or an agency), who set it, and whom it was escalated to. */
public record ActionFacts(Long ownerPersonId, Long ownerAgencyId, String raisedBy, boolean open, Set<Long> escalatedTo) {
}
