package org.convene.locality;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.audit.AuditTrail;
import org.convene.directory.Person;
import org.convene.meeting.Invitee;
import org.convene.meeting.MeetingService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the automated step of a series' process does: every agenda whose freeze has come is fixed and sent to the chair
 * and members, each once, and the date's meeting convened (its members hold the series' calendar entry already). One
 * guard: a date whose agenda is recorded as sent is never sent again, so a job delivered twice or a process rebuilt
 * after a restart repeats no mail. Returns the next freeze, for the process to wait on.
 */
@Service
class LocalitySteps {

    private final LocalitySeriesRepository series;
    private final OccurrenceChangeRepository changes;
    private final AgendaSentRepository sent;
    private final LocalitySchedule schedule;
    private final LocalityService localities;
    private final LocalityNotices notices;
    private final MeetingService meetings;
    private final AuditTrail audit;
    private final Clock clock;

    LocalitySteps(LocalitySeriesRepository series, OccurrenceChangeRepository changes, AgendaSentRepository sent, LocalitySchedule schedule,
                  LocalityService localities, LocalityNotices notices, MeetingService meetings, AuditTrail audit, Clock clock) {
        this.meetings = meetings;
        this.series = series;
        this.changes = changes;
        this.sent = sent;
        this.schedule = schedule;
        this.localities = localities;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Map<String, Object> sendAgendasDue(long seriesId) {
        Map<String, Object> next = new HashMap<>();
        Optional<LocalitySeries> found = series.findById(seriesId);
        if (found.isEmpty()) {
            return next;
        }
        LocalitySeries item = found.get();
        Instant now = clock.instant();
        Map<LocalDate, OccurrenceChange> changed = LocalitySchedule.byDate(changes.findBySeriesId(seriesId));
        Set<LocalDate> done = sent.findBySeriesId(seriesId).stream().map(AgendaSent::meetingDate).collect(Collectors.toSet());
        List<Occurrence> due = schedule.agendasToSend(item, changed, done, now).stream().filter(o -> !o.agendaFreeze().isAfter(now)).toList();
        Set<Person> recipients = localities.recipients(item);
        List<Invitee> invitees = recipients.stream().map(Person::id).filter(id -> id != item.getChairId()).sorted().map(Invitee::person).toList();
        for (Occurrence occurrence : due) {
            long meetingId = meetings.conveneForCase(AuditTrail.SYSTEM, LocalityMeetingKind.TYPE, LocalityService.CASE_TYPE, seriesId,
                    item.getChairId(), occurrence.startsAt(), occurrence.endsAt(), occurrence.location(), invitees).getId();
            sent.save(new AgendaSent(null, seriesId, occurrence.originalDate(), now, meetingId));
            done.add(occurrence.originalDate());
            audit.record(AuditTrail.SYSTEM, "locality.agenda-sent", LocalityService.ENTITY, seriesId, Map.of("date", occurrence.originalDate().toString()));
            recipients.forEach(person -> notices.agendaReady(item, occurrence, person));
        }
        next.put(LocalitySchedule.NEXT_FREEZE_AT, schedule.nextFreeze(item, changed, done, now).toString());
        return next;
    }
}
