package org.convene.meeting;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.function.Function;
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
    private final MeetingKinds kinds;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;

    MeetingSteps(MeetingRepository meetings, InvitationRepository invitations, MeetingNotices notices, MeetingSchedule schedule,
                 MeetingKinds kinds, Directory directory, AuditTrail audit, Clock clock) {
        this.kinds = kinds;
        this.meetings = meetings;
        this.invitations = invitations;
        this.notices = notices;
        this.schedule = schedule;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sends the invitation, or its update, to everyone mailed who does not yet have the meeting's current version. */
    @Transactional
    void sendInvitations(long meetingId) {
        due(meetingId, MeetingStatus.CONVENED, meeting -> null).ifPresent(meeting -> {
            boolean byTheCase = kinds.of(meeting.getType()).heldByItsCase();
            for (Invitation invitation : invitations.findActiveByMeeting(meetingId)) {
                if (invitation.isByEmail() && invitation.getSentSequence() < meeting.getCalendarSequence()) {
                    if (!byTheCase) {
                        notices.invite(meeting, invitation);
                    }
                    invitation.sent(meeting.getCalendarSequence());
                    invitations.save(invitation);
                    audit.record(AuditTrail.SYSTEM, byTheCase ? "invitation.in-case-calendar" : "invitation.sent", MeetingService.INVITATION,
                            invitation.getId(), Map.of("sequence", meeting.getCalendarSequence()));
                }
            }
        });
    }

    @Transactional
    void sendReminders(long meetingId) {
        due(meetingId, MeetingStatus.CONVENED, Meeting::getRemindersSentAt).ifPresent(meeting -> {
            meeting.remindersSent(clock.instant());
            meetings.save(meeting);
            if (!schedule.remindsInvitees(meeting) || !meeting.getStartsAt().isAfter(clock.instant())
                    || kinds.of(meeting.getType()).heldByItsCase()) {
                audit.record(AuditTrail.SYSTEM, "meeting.reminder-not-needed", MeetingService.ENTITY, meetingId, Map.of());
                return;
            }
            List<Invitation> attending = invitations.findActiveByMeeting(meetingId).stream()
                    .filter(i -> i.getStatus() != InvitationStatus.DECLINED).toList();
            attending.forEach(invitation -> notices.reminder(meeting, invitation));
            audit.record(AuditTrail.SYSTEM, "meeting.reminded", MeetingService.ENTITY, meetingId, Map.of("invitations", attending.size()));
        });
    }

    /** Alerts the chair when an agency that must attend has not accepted yet. */
    @Transactional
    void checkRequiredAcceptances(long meetingId) {
        due(meetingId, MeetingStatus.CONVENED, Meeting::getAcceptanceCheckedAt).ifPresent(meeting -> {
            meeting.acceptanceChecked(clock.instant());
            meetings.save(meeting);
            if (!schedule.checksAcceptances(meeting) || !meeting.getStartsAt().isAfter(clock.instant())) {
                audit.record(AuditTrail.SYSTEM, "meeting.acceptance-check-not-needed", MeetingService.ENTITY, meetingId, Map.of());
                return;
            }
            Set<AgencyKind> required = kinds.of(meeting.getType()).requiredAgencies();
            Set<AgencyKind> missing = required.isEmpty() ? EnumSet.noneOf(AgencyKind.class) : EnumSet.copyOf(required);
            invitations.findActiveByMeeting(meetingId).stream().filter(i -> i.getStatus().isAccepted() && i.getAgencyId() != null)
                    .forEach(i -> missing.remove(directory.agency(i.getAgencyId()).kind()));
            if (!missing.isEmpty() && meeting.getChairId() != null) {
                notices.requiredAgenciesNotAccepted(meeting, directory.person(meeting.getChairId()), AgencyKind.describe(missing));
            }
            audit.record(AuditTrail.SYSTEM, "meeting.acceptances-checked", MeetingService.ENTITY, meetingId,
                    Map.of("notAccepted", AgencyKind.describe(missing)));
        });
    }

    /**
     * The meeting's time has passed and it is still not recorded as held: the chair (or, with none, whoever asked for it)
     * is asked to record who attended, or to cancel it if it did not take place. Until then its minutes cannot follow.
     */
    @Transactional
    void chaseNotRecorded(long meetingId) {
        due(meetingId, MeetingStatus.CONVENED, Meeting::getNotRecordedChasedAt).ifPresent(meeting -> {
            meeting.notRecordedChased(clock.instant());
            meetings.save(meeting);
            Optional<Person> responsible = responsibleFor(meeting);
            responsible.ifPresent(person -> notices.notRecorded(meeting, person));
            audit.record(AuditTrail.SYSTEM, "meeting.not-recorded-chased", MeetingService.ENTITY, meetingId,
                    Map.of("chased", responsible.map(p -> String.valueOf(p.id())).orElse("nobody named")));
        });
    }

    /** Not convened within the timescale: the chair's manager (or, with no chair yet, the manager of whoever asked for it) is told. */
    @Transactional
    void escalateNotConvened(long meetingId) {
        due(meetingId, MeetingStatus.REQUESTED, Meeting::getNotConvenedEscalatedAt).ifPresent(meeting -> {
            meeting.notConvenedEscalated(clock.instant());
            escalate(meeting, "meeting.not-convened-escalated", notices::notConvenedInTime);
        });
    }

    @Transactional
    void escalateMinutesLate(long meetingId) {
        due(meetingId, MeetingStatus.HELD, Meeting::getMinutesLateEscalatedAt).ifPresent(meeting -> {
            meeting.minutesLateEscalated(clock.instant());
            escalate(meeting, "meeting.minutes-late-escalated", notices::minutesLate);
        });
    }

    /** Saves the step as done, tells the chair's manager (or, with no chair, the manager of whoever asked), and audits it. */
    private void escalate(Meeting meeting, String event, BiConsumer<Meeting, Person> notice) {
        meetings.save(meeting);
        Optional<Person> manager = managerOf(meeting);
        manager.ifPresent(m -> notice.accept(meeting, m));
        audit.record(AuditTrail.SYSTEM, event, MeetingService.ENTITY, meeting.getId(),
                Map.of("escalatedTo", manager.map(p -> String.valueOf(p.id())).orElse("nobody named")));
    }

    /**
     * The one guard every step passes: the meeting, if it is still at {@code status} and the step has not happened
     * ({@code doneAt} reads when it did). A job delivered twice, a restarted process or the sweep finds nothing to do.
     */
    private Optional<Meeting> due(long meetingId, MeetingStatus status, Function<Meeting, Instant> doneAt) {
        return meetings.findById(meetingId).filter(meeting -> meeting.getStatus() == status && doneAt.apply(meeting) == null);
    }

    private Optional<Person> managerOf(Meeting meeting) {
        return responsibleFor(meeting).flatMap(directory::lineManagerOf);
    }

    /** The chair, or with none yet, whoever asked for the meeting. */
    private Optional<Person> responsibleFor(Meeting meeting) {
        return meeting.getChairId() != null ? Optional.of(directory.person(meeting.getChairId())) : directory.personByUsername(meeting.getRequestedBy());
    }
}
