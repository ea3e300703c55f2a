package org.convene.briefing;

import java.util.List;
import org.convene.subject.CaseRef;
import org.convene.subject.TimelineEntry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The incidents a child or peer group was involved in, on its page, for those who see the incident log. */
@Component
class IncidentTimeline implements TimelineEntry.Source {

    private final IncidentRepository incidents;
    private final BriefingService briefings;

    IncidentTimeline(IncidentRepository incidents, BriefingService briefings) {
        this.incidents = incidents;
        this.briefings = briefings;
    }

    @Override
    public boolean namesTogether(String caseType) {
        return BriefingService.CASE_TYPE.equals(caseType);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> entriesAbout(List<CaseRef> about, String username) {
        List<Long> ids = about.stream().filter(c -> BriefingService.CASE_TYPE.equals(c.caseType())).map(CaseRef::caseId).toList();
        if (ids.isEmpty() || !briefings.seesTheLog(username)) {
            return List.of();
        }
        return incidents.findAllById(ids).stream().map(incident -> new TimelineEntry(incident.getOccurredAt(), "Incident",
                incident.getKind().label() + " (" + incident.getPoliceReference() + ")"
                        + (incident.isTriaged() ? ": " + incident.getDecision().label().toLowerCase() : ", to triage"),
                "/incidents/" + incident.getId(), !incident.isTriaged())).toList();
    }
}
