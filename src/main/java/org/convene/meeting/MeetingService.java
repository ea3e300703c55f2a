package org.convene.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.convene.access.MeetingRights;
import org.convene.audit.AuditTrail;
import org.convene.calendar.Deadlines;
import org.convene.directory.Agency;
import org.convene.directory.AgencyKind;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.directory.Role;
import org.convene.shared.ConflictException;
import org.convene.shared.InvalidRequestException;
import org.convene.shared.NotFoundException;
import org.convene.shared.RetryOnConflict;
import org.convene.shared.Text;
import org.convene.subject.Subject;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Convening a meeting: the concern, the chair, the date and place, who is invited, their answers, attendance and
 * the quorum. Every change is checked, audited in its own transaction, and reaches the process after commit.
 */
@Service
public class MeetingService {

    static final String ENTITY = "meeting";
    static final String INVITATION = "invitation";

    private final MeetingRepository meetings;
    private final InvitationRepository invitations;
    private final MeetingKinds kinds;
    private final MeetingAccess access;
    private final Agenda agenda;
    private final MeetingNotices notices;
    private final Directory directory;
    private final Deadlines deadlines;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final RetryOnConflict retry;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, InvitationRepository invitations, MeetingKinds kinds, MeetingAccess access, Agenda agenda,
                   MeetingNotices notices, Directory directory, Deadlines deadlines, AuditTrail audit,
                   ApplicationEventPublisher events, RetryOnConflict retry, Clock clock) {
        this.meetings = meetings;
        this.invitations = invitations;
        this.kinds = kinds;
        this.access = access;
        this.agenda = agenda;
        this.notices = notices;
        this.directory = directory;
        this.deadlines = deadlines;
        this.audit = audit;
        this.events = events;
        this.retry = retry;
        this.clock = clock;
    }

    /**
     * A case asks for a meeting of one of the registered types, to be convened by {@code conveneBy}, by its chair (or,
     * with none yet, by a chair who takes it). Called inside the case's own transaction, so that both are audited together.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Meeting request(String username, String type, String caseType, long caseId, Long chairId, Instant conveneBy) {
        kinds.of(type);
        if (chairId != null) {
            requireChair(chairId, "chairId");
        }
        Meeting meeting = meetings.save(Meeting.requested(type, caseType, caseId, chairId, username, clock.instant(), conveneBy));
        audit.record(username, "meeting.requested", ENTITY, meeting.getId(), Map.of("type", type, "caseType", caseType, "caseId", caseId,
                "chairId", String.valueOf(chairId), "conveneBy", conveneBy.toString()));
        events.publishEvent(new MeetingEvents.Requested(meeting.getId()));
        return meeting;
    }

    /**
     * A case that holds its own dates (a locality series) has one convened at a set time, in its own transaction: asked
     * for and convened at once, its invitees recorded. For a kind {@link MeetingKind#heldByItsCase held by its case}, no
     * mail goes: the case's own calendar entry already holds the date.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Meeting conveneForCase(String username, String type, String caseType, long caseId, long chairId, Instant startsAt, Instant endsAt,
                                  String location, List<Invitee> invitees) {
        return schedule(username, request(username, type, caseType, caseId, chairId, startsAt), startsAt, endsAt, location, null, invitees);
    }

    /** One meeting of a case that holds its own dates moves with its date: the case has checked who may move it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveForCase(String username, long meetingId, Instant startsAt, Instant endsAt, String location) {
        Meeting meeting = find(meetingId);
        if (meeting.getStatus() != MeetingStatus.CONVENED) {
            return;
        }
        meeting.schedule(startsAt, endsAt, location == null ? meeting.getLocation() : location, meeting.getVirtualLink(), clock.instant(),
                minutesDueBy(meeting, endsAt));
        meetings.save(meeting);
        audit.record(username, "meeting.rescheduled", ENTITY, meetingId, Map.of("startsAt", startsAt.toString(),
                "endsAt", endsAt.toString(), "sequence", meeting.getCalendarSequence()));
        events.publishEvent(new MeetingEvents.Rescheduled(meetingId));
    }

    /** One meeting of a case that holds its own dates is cancelled with its date: the case has checked who may cancel it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void cancelOneForCase(String username, long meetingId, String reason) {
        Meeting meeting = find(meetingId);
        if (meeting.getStatus() == MeetingStatus.REQUESTED || meeting.getStatus() == MeetingStatus.CONVENED) {
            cancel(username, meeting, reason);
        }
    }

    /** The case's lead changed: its open meetings that had no chair, or the previous lead, go to the new one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handOver(String username, String caseType, long caseId, Long previousLeadId, long leadId) {
        for (Meeting meeting : meetings.findByCase(caseType, caseId)) {
            if (meeting.isOpen() && (meeting.getChairId() == null || meeting.getChairId().equals(previousLeadId))) {
                meeting.assignChair(leadId);
                meetings.save(meeting);
                audit.record(username, "meeting.chair-assigned", ENTITY, meeting.getId(), Map.of("chairId", leadId));
            }
        }
    }

    /** The case is withdrawn: its meetings not yet held are cancelled, and their invitees told. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void cancelForCase(String username, String caseType, long caseId, String reason) {
        for (Meeting meeting : meetings.findByCase(caseType, caseId)) {
            if (meeting.getStatus() == MeetingStatus.REQUESTED || meeting.getStatus() == MeetingStatus.CONVENED) {
                cancel(username, meeting, reason);
            }
        }
    }

    /**
     * Gives the meeting to a chair: the current chair hands it on, the people above the chair in line management or an
     * admin reassign it, and while it has no chair whoever raised it may choose one, or a chair may take it.
     */
    public Meeting assignChair(String username, long meetingId, long chairId) {
        return retry.inTransaction(() -> {
            Person user = person(username);
            Meeting meeting = require(user, meetingId, rights -> rights.assignChair() || (rights.takeChair() && user.id() == chairId));
            requireChair(chairId, "chairId");
            meeting.assignChair(chairId);
            meetings.save(meeting);
            audit.record(username, "meeting.chair-assigned", ENTITY, meetingId, Map.of("chairId", chairId));
            return meeting;
        });
    }

    public Meeting convene(String username, long meetingId, Instant startsAt, Instant endsAt, String location,
                           String virtualLink, List<Invitee> invitees) {
        return retry.inTransaction(() -> {
            Person chair = person(username);
            Meeting meeting = require(chair, meetingId, rights -> rights.chair() || rights.takeChair());
            if (meeting.getChairId() == null) {
                meeting.assignChair(chair.id());
                audit.record(username, "meeting.chair-assigned", ENTITY, meetingId, Map.of("chairId", chair.id()));
            }
            if (meeting.getStatus() != MeetingStatus.REQUESTED) {
                throw new ConflictException("This meeting has already been convened: reschedule it instead.");
            }
            return schedule(username, meeting, startsAt, endsAt, location, virtualLink, invitees);
        });
    }

    /** Convenes a requested meeting: its time and place, its invitations and its standard agenda items, audited; the process is told. */
    private Meeting schedule(String username, Meeting meeting, Instant startsAt, Instant endsAt, String location, String virtualLink,
                             List<Invitee> invitees) {
        requireTimeAndPlace(startsAt, endsAt, location, virtualLink);
        List<Invitation> created = invitationsFor(meeting, invitees);
        meeting.schedule(startsAt, endsAt, Text.orNull(location), Text.orNull(virtualLink), clock.instant(), minutesDueBy(meeting, endsAt));
        meetings.save(meeting);
        audit.record(username, "meeting.convened", ENTITY, meeting.getId(), Map.of("startsAt", startsAt.toString(),
                "endsAt", endsAt.toString(), "invitations", created.size()));
        agenda.writeStandardItems(meeting);
        for (Invitation invitation : invitations.saveAll(created)) {
            audit.record(username, "invitation.created", INVITATION, invitation.getId(),
                    Map.of("meetingId", meeting.getId(), "agencyId", String.valueOf(invitation.getAgencyId()), "required", invitation.isRequired()));
        }
        events.publishEvent(new MeetingEvents.Convened(meeting.getId()));
        return meeting;
    }

    /** Moves the meeting: everyone invited gets a calendar update and is asked to answer again for the new time. */
    public Meeting reschedule(String username, long meetingId, Instant startsAt, Instant endsAt, String location, String virtualLink) {
        return retry.inTransaction(() -> {
            Meeting meeting = require(username, meetingId, MeetingRights::chair);
            if (meeting.getStatus() != MeetingStatus.CONVENED) {
                throw new ConflictException("Only a convened meeting that has not yet been held can be rescheduled.");
            }
            requireTimeAndPlace(startsAt, endsAt, location, virtualLink);
            meeting.schedule(startsAt, endsAt, Text.orNull(location), Text.orNull(virtualLink), clock.instant(), minutesDueBy(meeting, endsAt));
            meetings.save(meeting);
            List<Invitation> active = invitations.findActiveByMeeting(meetingId);
            active.forEach(Invitation::askAgain);
            invitations.saveAll(active);
            audit.record(username, "meeting.rescheduled", ENTITY, meetingId, Map.of("startsAt", startsAt.toString(),
                    "endsAt", endsAt.toString(), "sequence", meeting.getCalendarSequence()));
            events.publishEvent(new MeetingEvents.Rescheduled(meetingId));
            return meeting;
        });
    }

    public Meeting cancel(String username, long meetingId, String reason) {
        return retry.inTransaction(() -> {
            Meeting meeting = require(username, meetingId, MeetingRights::chair);
            if (!meeting.isOpen() || meeting.getStatus() == MeetingStatus.HELD || meeting.getStatus() == MeetingStatus.MINUTES_APPROVED) {
                throw new ConflictException("A meeting that has been held or closed cannot be cancelled.");
            }
            Text.required(reason, "reason", "Say why the meeting is cancelled.");
            cancel(username, meeting, reason.trim());
            return meeting;
        });
    }

    private void cancel(String username, Meeting meeting, String reason) {
        boolean wasConvened = meeting.isConvened();
        meeting.cancel(reason, clock.instant());
        meetings.save(meeting);
        audit.record(username, "meeting.cancelled", ENTITY, meeting.getId(), Map.of("reason", reason));
        if (wasConvened && !kindOf(meeting).heldByItsCase()) {
            for (Invitation invitation : invitations.findActiveByMeeting(meeting.getId())) {
                notices.cancelled(meeting, invitation);
            }
        }
        events.publishEvent(new MeetingEvents.Cancelled(meeting.getId()));
    }

    public Invitation invite(String username, long meetingId, Invitee invitee) {
        return retry.inTransaction(() -> {
            Meeting meeting = require(username, meetingId, MeetingRights::chair);
            if (meeting.getStatus() != MeetingStatus.CONVENED) {
                throw new ConflictException("Invite people once the meeting is convened and before it is held.");
            }
            Invitation invitation = invitations.save(invitationFor(meeting, invitee));
            audit.record(username, "invitation.created", INVITATION, invitation.getId(),
                    Map.of("meetingId", meetingId, "agencyId", String.valueOf(invitation.getAgencyId()), "required", invitation.isRequired()));
            notices.invite(meeting, invitation);
            invitation.sent(meeting.getCalendarSequence());
            return invitations.save(invitation);
        });
    }

    /** The organiser has told someone without e-mail of the meeting as it now stands: by letter, by phone or in person. */
    public Invitation recordContacted(String username, long meetingId, long invitationId) {
        return retry.inTransaction(() -> {
            Meeting meeting = require(username, meetingId, MeetingRights::chair);
            if (meeting.getStatus() != MeetingStatus.CONVENED) {
                throw new ConflictException("Record contact with invitees once the meeting is convened and before it is held.");
            }
            Invitation invitation = activeInvitation(meetingId, invitationId);
            if (invitation.isByEmail()) {
                throw new ConflictException("This invitation goes by e-mail: Convene sends it.");
            }
            invitation.contacted(meeting.getCalendarSequence(), clock.instant());
            audit.record(username, "invitation.contacted", INVITATION, invitationId,
                    Map.of("meetingId", meetingId, "contact", invitation.getContact().name(), "sequence", meeting.getCalendarSequence()));
            return invitations.save(invitation);
        });
    }

    /** The letter inviting someone without e-mail, for the chair to print: the meeting's time and place, and whom to ask. */
    @Transactional(readOnly = true)
    public InvitationLetter letter(String username, long meetingId, long invitationId) {
        Meeting meeting = require(username, meetingId, MeetingRights::chair);
        Invitation invitation = activeInvitation(meetingId, invitationId);
        if (invitation.isByEmail() || !meeting.isConvened()) {
            throw new NotFoundException("There is no letter for this invitation");
        }
        return new InvitationLetter(meeting, invitation, kindOf(meeting).label(), directory.person(meeting.getChairId()));
    }

    @Transactional(readOnly = true)
    public byte[] letterPdf(String username, long meetingId, long invitationId) {
        return notices.letterPdf(letter(username, meetingId, invitationId));
    }

    /** Removing an invitee ends their access at once and cancels the entry in their calendar. */
    public void removeInvitation(String username, long meetingId, long invitationId) {
        retry.inTransaction(() -> {
            Meeting meeting = require(username, meetingId, MeetingRights::chair);
            if (meeting.getStatus() != MeetingStatus.CONVENED) {
                throw new ConflictException("Invitations can be withdrawn only before the meeting is held.");
            }
            Invitation invitation = activeInvitation(meetingId, invitationId);
            if (invitation.isRequired() && meeting.getStatus() == MeetingStatus.CONVENED && activeOfKind(meetingId, kindOf(invitation)) == 1) {
                throw new InvalidRequestException("This is the only invitation to " + kindOf(invitation).inSentence()
                        + ", which must be invited. Invite someone else from it first.");
            }
            invitation.remove(clock.instant());
            invitations.save(invitation);
            audit.record(username, "invitation.removed", INVITATION, invitationId, Map.of("meetingId", meetingId));
            notices.cancelledFor(meeting, invitation);
            return null;
        });
    }

    /**
     * An answer through the invitation's own link. It can be changed until the meeting is held; a meeting that moves
     * asks again. Naming a delegate sends them an invitation of their own.
     */
    public Invitation answer(long invitationId, InvitationStatus answer, String delegateName, String delegateEmail) {
        return retry.inTransaction(() -> {
            Invitation invitation = invitations.findById(invitationId).filter(Invitation::isActive)
                    .orElseThrow(() -> new NotFoundException("There is no such invitation"));
            return answer(invitation, find(invitation.getMeetingId()), answer, delegateName, delegateEmail,
                    "e-mail link to " + invitation.getEmail(), null);
        });
    }

    /** The chair records (or corrects) an answer an invitee gave another way: by phone, in person, or by mail. */
    public Invitation recordAnswer(String username, long meetingId, long invitationId, InvitationStatus answer, String delegateName,
                                   String delegateEmail) {
        return retry.inTransaction(() -> {
            Meeting meeting = require(username, meetingId, MeetingRights::chair);
            Invitation invitation = activeInvitation(meetingId, invitationId);
            return answer(invitation, meeting, answer, delegateName, delegateEmail, username, username);
        });
    }

    private Invitation answer(Invitation invitation, Meeting meeting, InvitationStatus answer, String delegateName, String delegateEmail,
                              String actor, String recordedBy) {
        if (!meeting.isOpen() || meeting.getStatus() != MeetingStatus.CONVENED) {
            throw new ConflictException("This meeting is no longer taking answers.");
        }
        if (answer == null || answer == InvitationStatus.INVITED) {
            throw new InvalidRequestException("answer", "Choose whether they will attend.");
        }
        String delegateAddress = Text.orNull(delegateEmail);
        if (answer == InvitationStatus.DELEGATED) {
            Text.required(delegateName, "delegateName", "Give the name of the person attending in their place.");
            Text.required(delegateAddress, "delegateEmail", "Give the e-mail address of the person attending in their place.");
            if (!Text.isEmail(delegateAddress)) {
                throw new InvalidRequestException("delegateEmail", "Enter the delegate's e-mail address, like name@example.org.");
            }
            if (delegateAddress.equalsIgnoreCase(invitation.getEmail())) {
                throw new InvalidRequestException("delegateEmail", "Enter the delegate's own e-mail address, not the invitation's.");
            }
        }
        boolean sameDelegate = answer == InvitationStatus.DELEGATED && invitation.getStatus() == InvitationStatus.DELEGATED
                && delegateAddress.equalsIgnoreCase(invitation.getDelegateEmail());
        if (invitation.getStatus() == InvitationStatus.DELEGATED && !sameDelegate) {
            withdrawDelegateOf(invitation, meeting, actor);
        }
        invitation.answer(answer, answer == InvitationStatus.DELEGATED ? delegateName.trim() : null,
                answer == InvitationStatus.DELEGATED ? delegateAddress : null, clock.instant(), recordedBy);
        Invitation saved = invitations.save(invitation);
        audit.record(actor, recordedBy == null ? "invitation.answered" : "invitation.answer-recorded", INVITATION, invitation.getId(),
                Map.of("answer", answer.name()));
        if (answer == InvitationStatus.DELEGATED && !sameDelegate) {
            inviteDelegate(saved, meeting, delegateAddress, actor);
        }
        return saved;
    }

    private void inviteDelegate(Invitation original, Meeting meeting, String email, String actor) {
        Invitation delegate = invitations.save(Invitation.delegateFor(original, directory.personByEmail(email).map(Person::id).orElse(null), email));
        audit.record(actor, "invitation.created", INVITATION, delegate.getId(),
                Map.of("meetingId", meeting.getId(), "agencyId", String.valueOf(delegate.getAgencyId()), "delegateOf", original.getId()));
        notices.invite(meeting, delegate);
        delegate.sent(meeting.getCalendarSequence());
        invitations.save(delegate);
    }

    private void withdrawDelegateOf(Invitation original, Meeting meeting, String actor) {
        for (Invitation delegate : invitations.findActiveByMeeting(meeting.getId())) {
            if (original.getId().equals(delegate.getDelegateOfId())) {
                delegate.remove(clock.instant());
                invitations.save(delegate);
                audit.record(actor, "invitation.removed", INVITATION, delegate.getId(), Map.of("meetingId", meeting.getId()));
                notices.cancelledFor(meeting, delegate);
            }
        }
    }

    /**
     * The chair records who attended and closes the meeting as held. Police, health and social care must be present,
     * unless the chair overrides the quorum with a reason, which is recorded. For an invitation to an agency's duty
     * inbox, {@code attendedBy} names who came for the agency. Where the kind of meeting asks for it, the chair confirms
     * that the confidentiality statement was read at the start.
     */
    public Meeting recordHeld(String username, long meetingId, Map<Long, Attendance> attendance, Map<Long, Instant> reportsReceived,
                              Map<Long, String> attendedBy, String quorumOverrideReason, boolean confidentialityRead) {
        return retry.inTransaction(() -> {
            Meeting meeting = require(username, meetingId, MeetingRights::chair);
            if (meeting.getStatus() != MeetingStatus.CONVENED) {
                throw new ConflictException("Only a convened meeting can be recorded as held.");
            }
            if (meeting.getStartsAt().isAfter(clock.instant())) {
                throw new InvalidRequestException("The meeting has not started yet: record attendance once it has.");
            }
            if (kindOf(meeting).confidentialityStatement() != null && !confidentialityRead) {
                throw new InvalidRequestException("confidentialityRead", "Read the confidentiality statement at the start of the meeting, then confirm that you did.");
            }
            List<Invitation> active = invitations.findActiveByMeeting(meetingId);
            for (Invitation invitation : active) {
                Attendance recorded = attendance.get(invitation.getId());
                if (recorded == null) {
                    throw new InvalidRequestException("attendance[" + invitation.getId() + "]", "Record how each invitee attended.");
                }
                Instant report = recorded == Attendance.APOLOGIES_WITH_REPORT ? reportsReceived.getOrDefault(invitation.getId(), clock.instant()) : null;
                if (report != null && report.isAfter(clock.instant())) {
                    throw new InvalidRequestException("reportReceived[" + invitation.getId() + "]", "The report cannot have arrived after today.");
                }
                invitation.attended(recorded, report, invitation.isToDutyInbox() && recorded == Attendance.PRESENT
                        ? Text.orNull(attendedBy.get(invitation.getId())) : null);
            }
            Set<AgencyKind> missing = required(meeting);
            active.stream().filter(i -> i.getAttendance() == Attendance.PRESENT).forEach(i -> missing.remove(kindOf(i)));
            String override = Text.orNull(quorumOverrideReason);
            if (!missing.isEmpty() && override == null) {
                throw new InvalidRequestException("quorumOverrideReason", "Not quorate: " + AgencyKind.describe(missing)
                        + " not present. Give a reason to go ahead without them, or reschedule.");
            }
            invitations.saveAll(active);
            meeting.held(clock.instant(), missing.isEmpty() ? null : override, kindOf(meeting).confidentialityStatement() != null);
            meetings.save(meeting);
            Map<String, Object> change = new HashMap<>();
            active.forEach(i -> change.put("invitation-" + i.getId(), i.getAttendance().name()));
            change.put("quorumOverride", String.valueOf(meeting.getQuorumOverrideReason()));
            change.put("confidentialityRead", String.valueOf(meeting.getConfidentialityReadAt()));
            audit.record(username, "meeting.held", ENTITY, meetingId, change);
            events.publishEvent(new MeetingEvents.Held(meetingId));
            return meeting;
        });
    }

    /** The minutes module's word that the first minutes are approved: the process goes on to circulate them. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void minutesApproved(String username, long meetingId) {
        Meeting meeting = find(meetingId);
        if (meeting.getStatus() != MeetingStatus.HELD) {
            throw new ConflictException("Minutes can be approved only for a meeting that has been held.");
        }
        meeting.minutesApproved();
        meetings.save(meeting);
        audit.record(username, "meeting.minutes-approved", ENTITY, meetingId, Map.of());
        events.publishEvent(new MeetingEvents.MinutesApproved(meetingId));
    }

    /** The minutes module's word that the minutes went out: the meeting is closed. Idempotent. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void minutesCirculated(long meetingId) {
        Meeting meeting = find(meetingId);
        if (meeting.getStatus() == MeetingStatus.MINUTES_APPROVED) {
            meeting.minutesCirculated(clock.instant());
            meetings.save(meeting);
            audit.record(AuditTrail.SYSTEM, "meeting.closed", ENTITY, meetingId, Map.of());
        }
    }

    public void addAgendaItem(String username, long meetingId, String title) {
        retry.inTransaction(() -> {
            Meeting meeting = require(username, meetingId, MeetingRights::chair);
            agenda.add(username, meeting, title);
            return null;
        });
    }

    public void changeAgendaItem(String username, long meetingId, long itemId, String title) {
        retry.inTransaction(() -> {
            Meeting meeting = require(username, meetingId, MeetingRights::chair);
            agenda.change(username, meeting, itemId, title);
            return null;
        });
    }

    public void removeAgendaItem(String username, long meetingId, long itemId) {
        retry.inTransaction(() -> {
            Meeting meeting = require(username, meetingId, MeetingRights::chair);
            agenda.remove(username, meeting, itemId);
            return null;
        });
    }

    /** The agenda as a PDF, for anyone who may see the meeting. */
    @Transactional(readOnly = true)
    public byte[] agendaPdf(String username, long meetingId) {
        Meeting meeting = visibleTo(username, meetingId);
        if (!meeting.isConvened()) {
            throw new NotFoundException("This meeting has no agenda yet");
        }
        return agenda.pdf(meeting);
    }

    /** The meetings a case convened, oldest first. */
    @Transactional(readOnly = true)
    public List<Meeting> ofCase(String caseType, long caseId) {
        return meetings.findByCase(caseType, caseId);
    }

    /** Whether the person may see any meeting the case convened: one way to see the case itself. */
    @Transactional(readOnly = true)
    public boolean seesAnyOf(String username, String caseType, long caseId) {
        Person person = person(username);
        return meetings.findByCase(caseType, caseId).stream().anyMatch(meeting -> access.rights(person, meeting).view());
    }

    /** The kind of a meeting, with its rules and what it knows of its case. */
    public MeetingKind kindOf(Meeting meeting) {
        return kinds.of(meeting.getType());
    }

    /** The children, peer groups and locations a meeting is about (a locality date: those on its agenda). */
    public List<Subject> subjectsOf(Meeting meeting) {
        return kinds.subjectsOf(meeting);
    }

    /** A meeting, for other modules that have already checked access. */
    @Transactional(readOnly = true)
    public Meeting meeting(long meetingId) {
        return find(meetingId);
    }

    /** What the person may do with the meeting, as {@link org.convene.access.AccessPolicy} decides. */
    @Transactional(readOnly = true)
    public MeetingRights rightsOf(String username, long meetingId) {
        return access.rights(person(username), find(meetingId));
    }

    /** The meeting, if the person may see it; to anyone else it does not exist. */
    @Transactional(readOnly = true)
    public Meeting visibleTo(String username, long meetingId) {
        return require(username, meetingId, rights -> true);
    }

    /** The meeting with what its case says of the children it is about, for a page or the API: the reading is audited. */
    @Transactional
    public Meeting read(String username, long meetingId) {
        Meeting meeting = visibleTo(username, meetingId);
        audit.record(username, "meeting.read", ENTITY, meetingId, Map.of());
        return meeting;
    }

    @Transactional(readOnly = true)
    public List<Invitation> invitationsOf(long meetingId) {
        return invitations.findAllByMeeting(meetingId);
    }

    @Transactional(readOnly = true)
    public List<Meeting> chairedBy(String username) {
        return meetings.findOpenChairedBy(person(username).id());
    }

    /** Meetings the person is invited to (directly or through their agency's inbox), newest first. */
    @Transactional(readOnly = true)
    public List<Meeting> invitedTo(String username) {
        Person me = person(username);
        return invitations.findActiveFor(me.id(), me.agencyId()).stream().map(Invitation::getMeetingId).distinct()
                .map(this::find).toList();
    }

    /** A page of the meetings the person may see, newest first, with or without one status: the API's list. */
    @Transactional(readOnly = true)
    public List<Meeting> visibleMeetings(String username, MeetingStatus status, int page, int size) {
        return seenBy(person(username), status, size, (long) page * size);
    }

    /** The cases of one type with a meeting the person may see: one way of seeing the case, for the case's own lists. */
    @Transactional(readOnly = true)
    public Set<Long> casesWithMeetingsSeenBy(String username, String caseType) {
        return seenBy(person(username), null, Integer.MAX_VALUE, 0).stream().filter(meeting -> meeting.getCaseType().equals(caseType))
                .map(Meeting::getCaseId).collect(java.util.stream.Collectors.toSet());
    }

    private List<Meeting> seenBy(Person me, MeetingStatus status, int limit, long offset) {
        boolean everything = me.hasRole(Role.ADMIN) || me.hasRole(Role.AUDITOR);
        List<Long> reports = new ArrayList<>(directory.reportsOf(me));
        List<String> reportUsernames = new ArrayList<>(reports.stream().map(directory::person).map(Person::username).toList());
        reports.add(-1L);
        reportUsernames.add("");
        List<Long> alsoIds = new ArrayList<>(kinds.all().stream().flatMap(kind -> kind.casesViewedBy(me).stream()
                .flatMap(caseId -> meetings.findByCase(kind.caseType(), caseId).stream())).map(Meeting::getId).toList());
        alsoIds.add(-1L);
        return meetings.findSeenBy(me.id(), me.username(), me.agencyId(), me.hasRole(Role.CHAIR), everything, reports, reportUsernames,
                        alsoIds, status == null ? null : status.name(), limit, offset).stream()
                .filter(meeting -> access.rights(me, meeting).view()).toList();
    }

    /** Meetings that no chair has yet: every chair may see them, and take one. */
    @Transactional(readOnly = true)
    public List<Meeting> awaitingAChair() {
        return meetings.findOpen().stream().filter(m -> m.getChairId() == null).toList();
    }

    private List<Invitation> invitationsFor(Meeting meeting, List<Invitee> invitees) {
        List<Invitation> created = new ArrayList<>();
        for (Invitee invitee : invitees == null ? List.<Invitee>of() : invitees) {
            Invitation invitation = invitationFor(meeting, invitee);
            if (created.stream().noneMatch(i -> sameInvitee(i, invitation))) {
                created.add(invitation);
            }
        }
        Set<AgencyKind> missing = required(meeting);
        created.stream().filter(i -> i.getAgencyId() != null).forEach(i -> missing.remove(kindOf(i)));
        if (!missing.isEmpty()) {
            throw new InvalidRequestException("invitees", "Invite " + AgencyKind.describe(missing) + ": a " + kindOf(meeting).label().toLowerCase()
                    + " needs " + AgencyKind.describe(required(meeting)) + " at least.");
        }
        return created;
    }

    private Invitation invitationFor(Meeting meeting, Invitee invitee) {
        if (invitee != null && invitee.isWithoutEmail()) {
            return withoutEmail(meeting, invitee);
        }
        if (invitee == null || (invitee.personId() == null) == (invitee.agencyId() == null)) {
            throw new InvalidRequestException("invitees", "Invite a person or an agency.");
        }
        Set<AgencyKind> required = required(meeting);
        if (invitee.personId() != null) {
            Person person = directory.findPerson(invitee.personId())
                    .orElseThrow(() -> new InvalidRequestException("invitees", "Choose who to invite from the list."));
            Agency agency = directory.agency(person.agencyId());
            return Invitation.to(meeting.getId(), person.id(), agency.id(), person.email(), required.contains(agency.kind()));
        }
        Agency agency = directory.findAgency(invitee.agencyId())
                .orElseThrow(() -> new InvalidRequestException("invitees", "Choose who to invite from the list."));
        return Invitation.to(meeting.getId(), null, agency.id(), agency.dutyEmail(), required.contains(agency.kind()));
    }

    private Invitation activeInvitation(long meetingId, long invitationId) {
        return invitations.findById(invitationId).filter(i -> i.getMeetingId() == meetingId && i.isActive())
                .orElseThrow(() -> new NotFoundException("There is no such invitation to this meeting"));
    }

    private static boolean sameInvitee(Invitation one, Invitation other) {
        return one.getEmail() != null ? one.getEmail().equalsIgnoreCase(other.getEmail())
                : other.getEmail() == null && one.getInviteeName().equalsIgnoreCase(other.getInviteeName());
    }

    private Invitation withoutEmail(Meeting meeting, Invitee invitee) {
        Text.required(invitee.name(), "name", "Give the name of the person to invite.");
        if (invitee.contact() == InvitationContact.POST) {
            Text.required(invitee.contactDetails(), "contactDetails", "Give the address to send the letter to.");
        }
        if (invitee.contact() == InvitationContact.PHONE) {
            Text.required(invitee.contactDetails(), "contactDetails", "Give the number to call.");
        }
        Agency agency = invitee.agencyId() == null ? null : directory.findAgency(invitee.agencyId())
                .orElseThrow(() -> new InvalidRequestException("agencyId", "Choose the agency from the list, or none."));
        return Invitation.withoutEmail(meeting.getId(), invitee.name().trim(), agency == null ? null : agency.id(), invitee.contact(),
                Text.orNull(invitee.contactDetails()), agency != null && required(meeting).contains(agency.kind()));
    }

    private Set<AgencyKind> required(Meeting meeting) {
        Set<AgencyKind> required = kindOf(meeting).requiredAgencies();
        return required.isEmpty() ? EnumSet.noneOf(AgencyKind.class) : EnumSet.copyOf(required);
    }

    private Instant minutesDueBy(Meeting meeting, Instant endsAt) {
        return deadlines.after(endsAt, kindOf(meeting).minutesDue());
    }

    private long activeOfKind(long meetingId, AgencyKind kind) {
        return invitations.findActiveByMeeting(meetingId).stream().filter(i -> kindOf(i) == kind).count();
    }

    /** The kind of agency an invitation is for; null for someone who comes for no agency. */
    private AgencyKind kindOf(Invitation invitation) {
        return invitation.getAgencyId() == null ? null : directory.agency(invitation.getAgencyId()).kind();
    }

    private void requireTimeAndPlace(Instant startsAt, Instant endsAt, String location, String virtualLink) {
        if (startsAt == null || endsAt == null) {
            throw new InvalidRequestException(startsAt == null ? "startsAt" : "endsAt", "Give the date and the start and end times.");
        }
        if (!startsAt.isAfter(clock.instant())) {
            throw new InvalidRequestException("startsAt", "The meeting must start in the future.");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidRequestException("endsAt", "The meeting must end after it starts.");
        }
        if (Duration.between(startsAt, endsAt).compareTo(Duration.ofHours(12)) > 0) {
            throw new InvalidRequestException("endsAt", "A meeting cannot last more than 12 hours: check the times.");
        }
        if (Text.orNull(location) == null && Text.orNull(virtualLink) == null) {
            throw new InvalidRequestException("location", "Give a place, a link to join online, or both.");
        }
        if (Text.orNull(virtualLink) != null && !virtualLink.trim().matches("https://\\S+")) {
            throw new InvalidRequestException("virtualLink", "The link to join online must start with https:// and have no spaces.");
        }
    }

    private Meeting require(String username, long meetingId, Predicate<MeetingRights> allowed) {
        return require(person(username), meetingId, allowed);
    }

    /** The meeting, if the person may do this with it: a meeting they may not see is not found; one they may see is forbidden. */
    private Meeting require(Person person, long meetingId, Predicate<MeetingRights> allowed) {
        Meeting meeting = find(meetingId);
        MeetingRights rights = access.rights(person, meeting);
        if (!rights.view()) {
            throw new NotFoundException("There is no meeting " + meetingId);
        }
        if (!allowed.test(rights)) {
            throw new AccessDeniedException("not allowed");
        }
        return meeting;
    }

    private void requireChair(long personId, String field) {
        Person person = directory.findPerson(personId).orElseThrow(() -> new InvalidRequestException(field, "Choose a chair from the list."));
        if (!person.hasRole(Role.CHAIR) || !person.active()) {
            throw new InvalidRequestException(field, person.displayName() + " cannot chair meetings.");
        }
    }

    private Meeting find(long meetingId) {
        return meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("There is no meeting " + meetingId));
    }

    private Person person(String username) {
        return directory.personByUsername(username).orElseThrow(() -> new AccessDeniedException("unknown user"));
    }
}
