package org.convene.directory;

import org.springframework.data.annotation.Id;

/** A partner organisation. Invitations and actions can be addressed to the agency itself, through its duty inbox. */
public record Agency(@Id Long id, String name, AgencyKind kind, String dutyEmail, Long safeguardingLeadId) {

    Agency withSafeguardingLead(Long personId) {
        return new Agency(id, name, kind, dutyEmail, personId);
    }
}
