package org.convene.meeting;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.convene.audit.AuditTrail;
import org.convene.directory.AgencyKind;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each automated step of a meeting's process does. Each is idempotent: a step the database shows as done, or a
 * meeting that has moved on, does nothing, so a job delivered twice or a restarted process never repeats a mail.
 */
@Service
class MeetingSteps {

    private final MeetingRepository meetings;
    private final InvitationRepository invitations;
    private final MeetingNotices notices;
    private final MeetingSchedule schedule;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;

    MeetingSteps(MeetingRepository meetings, InvitationRepository invitations, MeetingNotices notices, MeetingSchedule schedule,
                 Directory directory, AuditTrail audit, Clock clock) {
        this.meetings = meetings;
        this.invitations = invitations;
        this.notices = notices;
        this.schedule = schedule;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sends the invitation, or its update, to everyone who does not yet have the meeting's current version. */
    @Transactional
    void sendInvitations(long meetingId) {
        Meeting meeting = meetings.findById(meetingId).filter(m -> m.getStatus() == MeetingStatus.CONVENED).orElse(null);
        if (meeting == null) {
            return;
        }
        for (Invitation invitation : invitations.findActiveByMeeting(meetingId)) {
            if (invitation.getSentSequence() < meeting.getCalendarSequence()) {
                notices.invite(meeting, invitation);
                invitation.sent(meeting.getCalendarSequence());
                invitations.save(invitation);
                audit.record(AuditTrail.SYSTEM, "invitation.sent", MeetingService.INVITATION, invitation.getId(),
                        Map.of("sequence", meeting.getCalendarSequence()));
            }
        }
    }

    @Transactional
    void sendReminders(long meetingId) {
        Meeting meeting = meetings.findById(meetingId).filter(m -> m.getStatus() == MeetingStatus.CONVENED).orElse(null);
        if (meeting == null || meeting.getRemindersSentAt() != null) {
            return;
        }
        if (!schedule.remindsInvitees(meeting) || !meeting.getStartsAt().isAfter(clock.instant())) {
            meeting.remindersSent(clock.instant());
            meetings.save(meeting);
            audit.record(AuditTrail.SYSTEM, "meeting.reminder-not-needed", MeetingService.ENTITY, meetingId, Map.of());
            return;
        }
        List<Invitation> attending = invitations.findActiveByMeeting(meetingId).stream()
                .filter(i -> i.getStatus() != InvitationStatus.DECLINED).toList();
        attending.forEach(invitation -> notices.reminder(meeting, invitation));
        meeting.remindersSent(clock.instant());
        meetings.save(meeting);
        audit.record(AuditTrail.SYSTEM, "meeting.reminded", MeetingService.ENTITY, meetingId, Map.of("invitations", attending.size()));
    }

    /** Alerts the chair when an agency that must attend has not accepted yet. */
    @Transactional
    void checkRequiredAcceptances(long meetingId) {
        Meeting meeting = meetings.findById(meetingId).filter(m -> m.getStatus() == MeetingStatus.CONVENED).orElse(null);
        if (meeting == null || meeting.getAcceptanceCheckedAt() != null) {
            return;
        }
        if (!schedule.checksAcceptances(meeting) || !meeting.getStartsAt().isAfter(clock.instant())) {
            meeting.acceptanceChecked(clock.instant());
            meetings.save(meeting);
            audit.record(AuditTrail.SYSTEM, "meeting.acceptance-check-not-needed", MeetingService.ENTITY, meetingId, Map.of());
            return;
        }
        Set<AgencyKind> missing = EnumSet.copyOf(RequiredAgencies.of(meeting.getType()));
        invitations.findActiveByMeeting(meetingId).stream().filter(i -> i.getStatus().isAccepted())
                .forEach(i -> missing.remove(directory.agency(i.getAgencyId()).kind()));
        meeting.acceptanceChecked(clock.instant());
        meetings.save(meeting);
        if (!missing.isEmpty() && meeting.getChairId() != null) {
            notices.requiredAgenciesNotAccepted(meeting, directory.person(meeting.getChairId()), RequiredAgencies.describe(missing));
        }
        audit.record(AuditTrail.SYSTEM, "meeting.acceptances-checked", MeetingService.ENTITY, meetingId,
                Map.of("notAccepted", RequiredAgencies.describe(missing)));
    }

    /** Not convened within the timescale: the chair's manager (or, with no chair yet, the raiser's) is told. */
    @Transactional
    void escalateNotConvened(long meetingId) {
        Meeting meeting = meetings.findById(meetingId).filter(m -> m.getStatus() == MeetingStatus.CONCERN_RAISED).orElse(null);
        if (meeting == null || meeting.getNotConvenedEscalatedAt() != null) {
            return;
        }
        meeting.notConvenedEscalated(clock.instant());
        meetings.save(meeting);
        Optional<Person> manager = managerOf(meeting);
        manager.ifPresent(m -> notices.notConvenedInTime(meeting, m));
        audit.record(AuditTrail.SYSTEM, "meeting.not-convened-escalated", MeetingService.ENTITY, meetingId,
                Map.of("escalatedTo", manager.map(p -> String.valueOf(p.id())).orElse("nobody named")));
    }

    @Transactional
    void escalateMinutesLate(long meetingId) {
        Meeting meeting = meetings.findById(meetingId).filter(m -> m.getStatus() == MeetingStatus.HELD).orElse(null);
        if (meeting == null || meeting.getMinutesLateEscalatedAt() != null) {
            return;
        }
        meeting.minutesLateEscalated(clock.instant());
        meetings.save(meeting);
        Optional<Person> manager = managerOf(meeting);
        manager.ifPresent(m -> notices.minutesLate(meeting, m));
        audit.record(AuditTrail.SYSTEM, "meeting.minutes-late-escalated", MeetingService.ENTITY, meetingId,
                Map.of("escalatedTo", manager.map(p -> String.valueOf(p.id())).orElse("nobody named")));
    }

    private Optional<Person> managerOf(Meeting meeting) {
        Optional<Person> responsible = meeting.getChairId() != null
                ? Optional.of(directory.person(meeting.getChairId()))
                : directory.personByUsername(meeting.getRaisedBy());
        return responsible.flatMap(directory::lineManagerOf);
    }
}
