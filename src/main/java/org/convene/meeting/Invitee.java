package org.convene.meeting;

/** Who the chair invites: a named person, or an agency (its duty inbox). */
public record Invitee(Long personId, Long agencyId) {
}
