package org.convene.action;

import java.time.Instant;
import org.springframework.data.annotation.Id;

public record ActionReassignment(@Id Long id, Long actionId, Long fromPersonId, Long fromAgencyId, Long toPersonId,
                                 Long toAgencyId, String reason, String reassignedBy, Instant reassignedAt) {
}
