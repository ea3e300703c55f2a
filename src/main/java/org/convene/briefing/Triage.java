package org.convene.briefing;

import java.time.LocalDate;

/**
 * The briefing's decision on one incident, with what the decision needs: a reason for no further action; the locality
 * whose meeting it goes to; the subject under review it is linked to; the action's title, owner (a person or an
 * agency) and due date. A strategy discussion is raised about the incident's children, with no more to give.
 */
public record Triage(TriageDecision decision, String note, Long localityId, Long subjectId, String actionTitle, Long actionOwnerPersonId,
                     Long actionOwnerAgencyId, LocalDate actionDueDate) {
}
