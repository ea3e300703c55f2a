package org.convene.meeting;

import jakarta.validation.constraints.Positive;

/** Who the chair invites: a named person, or an agency (its duty inbox). */
public record Invitee(@Positive Long personId, @Positive Long agencyId) {
}
