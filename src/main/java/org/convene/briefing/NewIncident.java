package org.convene.briefing;

import java.time.Instant;
import java.util.List;

/**
 * An incident as the police or a partner reports it, from the form, the API or a row of a CSV export: the children
 * involved by name (with a date of birth when known) and the peer groups by name; each is matched to a subject Convene
 * already knows (a child by name and date of birth, a peer group by name) or recorded as a new one.
 */
public record NewIncident(String policeReference, Instant occurredAt, IncidentKind kind, String circumstances, String location,
                          Long reportingAgencyId, List<NamedChild> children, List<String> peerGroups) {

    public NewIncident {
        children = children == null ? List.of() : List.copyOf(children);
        peerGroups = peerGroups == null ? List.of() : List.copyOf(peerGroups);
    }

    /** A child involved: a name, and a date of birth when the report has one. */
    public record NamedChild(String name, java.time.LocalDate dateOfBirth) {

        /** Its name only where a log or an exception might quote it: nothing. */
        @Override
        public String toString() {
            return "NamedChild";
        }
    }

    /** Its reference only: what it holds can name a child, and this is what exception messages and logs quote. */
    @Override
    public String toString() {
        return "NewIncident[" + policeReference + "]";
    }
}
