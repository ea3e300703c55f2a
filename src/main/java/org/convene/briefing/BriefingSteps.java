package org.convene.briefing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each automated step of a day's briefing does. One guard: a step {@link BriefingCommand}'s table no longer allows
 * (the agenda already fixed, the day already done) does nothing, so a job delivered twice or a process rebuilt after a restart never repeats a flag or a mail.
 */
@Service
class BriefingSteps {

    private final DailyBriefingRepository briefings;
    private final IncidentRepository incidents;
    private final BriefingService service;
    private final BriefingNotices notices;
    private final AuditTrail audit;
    private final Clock clock;

    BriefingSteps(DailyBriefingRepository briefings, IncidentRepository incidents, BriefingService service, BriefingNotices notices,
                  AuditTrail audit, Clock clock) {
        this.briefings = briefings;
        this.incidents = incidents;
        this.service = service;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** The briefing's time has come: its agenda is fixed, and the next briefing is scheduled. */
    @Transactional
    void open(long briefingId) {
        Optional<DailyBriefing> found = briefings.findById(briefingId).filter(b -> b.allows(BriefingCommand.OPEN_AGENDA));
        if (found.isEmpty()) {
            return;
        }
        DailyBriefing briefing = found.get();
        Instant now = clock.instant();
        briefing.open(now);
        briefings.save(briefing);
        audit.record(AuditTrail.SYSTEM, "briefing.opened", BriefingService.BRIEFING, briefingId,
                Map.of("incidents", incidents.findLoggedBetween(briefing.getCoversFrom(), briefing.getStartsAt()).size()));
        service.scheduleNext();
    }

    /** The end of the briefing's day: every incident not triaged in time is flagged, once, to the team manager. */
    @Transactional
    void dayEnd(long briefingId) {
        Optional<DailyBriefing> found = briefings.findById(briefingId).filter(b -> b.allows(BriefingCommand.END_DAY));
        if (found.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Incident> late = incidents.findLate(now);
        for (Incident incident : late) {
            incident.flagged(now);
            audit.record(AuditTrail.SYSTEM, "incident.flagged", BriefingService.ENTITY, incident.getId(),
                    Map.of("triageDueBy", incident.getTriageDueBy().toString()));
        }
        incidents.saveAll(late);
        if (!late.isEmpty()) {
            notices.notTriaged(late.size());
        }
        DailyBriefing briefing = found.get();
        briefing.done(now);
        briefings.save(briefing);
        audit.record(AuditTrail.SYSTEM, "briefing.day-ended", BriefingService.BRIEFING, briefingId, Map.of("flagged", late.size()));
    }
}
