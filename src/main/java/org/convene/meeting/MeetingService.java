package org.convene.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.convene.calendar.Timescales;
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
    /** An e-mail address as a person would check it: something, an @, and a domain with a dot. */
    static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private final MeetingRepository meetings;
    private final InvitationRepository invitations;
    private final MeetingChildRepository children;
    private final MeetingAccess access;
    private final Agenda agenda;
    private final MeetingNotices notices;
    private final Directory directory;
    private final Deadlines deadlines;
    private final Timescales timescales;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final RetryOnConflict retry;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, InvitationRepository invitations, MeetingChildRepository children, MeetingAccess access, Agenda agenda, MeetingNotices notices,
                   Directory directory, Deadlines deadlines, Timescales timescales, AuditTrail audit,
                   ApplicationEventPublisher events, RetryOnConflict retry, Clock clock) {
        this.meetings = meetings;
        this.invitations = invitations;
        this.children = children;
        this.access = access;
        this.agenda = agenda;
        this.notices = notices;
        this.directory = directory;
        this.deadlines = deadlines;
        this.timescales = timescales;
        this.audit = audit;
        this.events = events;
        this.retry = retry;
        this.clock = clock;
    }

    @Transactional
    public Meeting raiseConcern(String username, NewConcern concern) {
        return raise(username, concern, null);
    }

    /** Records that the meeting decided on a review strategy discussion by a date (in its record, before approval). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void setReviewBy(String username, long meetingId, LocalDate date) {
        Meeting meeting = require(username, meetingId, MeetingRights::chair);
        if (date != null && !date.isAfter(deadlines.today(clock))) {
            throw new InvalidRequestException("reviewBy", "The review must be on a date after today.");
        }
        meeting.reviewBy(date);
        meetings.save(meeting);
        audit.record(username, "meeting.review-date-set", ENTITY, meetingId, Map.of("reviewBy", String.valueOf(date)));
    }

    /**
     * When the minutes are approved with a review date: a new strategy discussion about the same children, with the
     * same chair, linked to this one, to be convened by the start of that day.
     */
    private void raiseReviewIfDecided(String username, Meeting meeting) {
        if (meeting.getReviewBy() == null || meeting.getReviewMeetingId() != null) {
            return;
        }
        Meeting review = raise(username, new NewConcern("Review of strategy discussion " + meeting.getId() + ", as it decided.",
                meeting.getReferrerName(), meeting.getReferrerAgencyId(), meeting.getReferrerEmail(),
                children.findByMeetingIdOrderById(meeting.getId()).stream().map(c -> MeetingChild.named(c.name(), c.dateOfBirth(), c.reference())).toList(),
                meeting.getChairId()), meeting.getId(), deadlines.startOf(meeting.getReviewBy()));
        meeting.reviewedIn(review.getId());
    }

    private Meeting raise(String username, NewConcern concern, Long reviewOf) {
        return raise(username, concern, reviewOf, null);
    }

    private Meeting raise(String username, NewConcern concern, Long reviewOf, Instant conveneBy) {
        Text.required(concern.concern(), "concern", "Describe the concern.");
        Text.required(concern.referrerName(), "referrerName", "Say who referred the concern.");
        if (concern.children() == null || concern.children().isEmpty() || concern.children().stream().anyMatch(c -> c.name() == null || c.name().isBlank())) {
            throw new InvalidRequestException("children", "Name each child the concern is about.");
        }
        if (concern.children().stream().anyMatch(c -> c.dateOfBirth() != null && c.dateOfBirth().isAfter(deadlines.today(clock)))) {
            throw new InvalidRequestException("children", "A child's date of birth cannot be in the future.");
        }
        if (Text.orNull(concern.referrerEmail()) != null && !concern.referrerEmail().trim().matches(EMAIL)) {
            throw new InvalidRequestException("referrerEmail", "Enter the referrer's e-mail address, like name@example.org.");
        }
        if (concern.referrerAgencyId() != null && directory.findAgency(concern.referrerAgencyId()).isEmpty()) {
            throw new InvalidRequestException("referrerAgencyId", "Choose the referrer's agency from the list.");
        }
        if (concern.chairId() != null) {
            requireChair(concern.chairId(), "chairId");
        }
        Instant now = clock.instant();
        String referrerEmail = Text.orNull(concern.referrerEmail());
        Meeting meeting = meetings.save(Meeting.concernRaised(MeetingType.STRATEGY_DISCUSSION, concern.concern().trim(),
                concern.referrerName().trim(), concern.referrerAgencyId(), referrerEmail,
                directory.personByEmail(referrerEmail).map(Person::id).orElse(null), concern.chairId(), username, now, conveneBy != null ? conveneBy : deadlines.after(now, timescales.strategyDiscussionConvened()), reviewOf));
        concern.children().forEach(child -> children.save(child.of(meeting.getId())));
        audit.record(username, "meeting.concern-raised", ENTITY, meeting.getId(),
                Map.of("children", concern.children().size(), "chairId", String.valueOf(concern.chairId()), "reviewOf", String.valueOf(reviewOf)));
        events.publishEvent(new MeetingEvents.Raised(meeting.getId()));
        return meeting;
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
            if (meeting.getStatus() != MeetingStatus.CONCERN_RAISED) {
                throw new ConflictException("This meeting has already been convened: reschedule it instead.");
            }
            requireTimeAndPlace(startsAt, endsAt, location, virtualLink);
            List<Invitation> created = invitationsFor(meeting, invitees);
            meeting.schedule(startsAt, endsAt, Text.orNull(location), Text.orNull(virtualLink), clock.instant(),
                    deadlines.after(endsAt, timescales.strategyRecordCirculated()));
            meetings.save(meeting);
            audit.record(username, "meeting.convened", ENTITY, meetingId, Map.of("startsAt", startsAt.toString(),
                    "endsAt", endsAt.toString(), "invitations", created.size()));
            agenda.writeStandardItems(meeting);
            for (Invitation invitation : invitations.saveAll(created)) {
                audit.record(username, "invitation.created", INVITATION, invitation.getId(),
                        Map.of("meetingId", meetingId, "agencyId", invitation.getAgencyId(), "required", invitation.isRequired()));
            }
            events.publishEvent(new MeetingEvents.Convened(meetingId));
            return meeting;
        });
    }

    /** Moves the meeting: everyone invited gets a calendar update and is asked to answer again for the new time. */
    public Meeting reschedule(String username, long meetingId, Instant startsAt, Instant endsAt, String location, String virtualLink) {
        return retry.inTransaction(() -> {
            Meeting meeting = require(username, meetingId, MeetingRights::chair);
            if (meeting.getStatus() != MeetingStatus.CONVENED) {
                throw new ConflictException("Only a convened meeting that has not yet been held can be rescheduled.");
            }
            requireTimeAndPlace(startsAt, endsAt, location, virtualLink);
            meeting.schedule(startsAt, endsAt, Text.orNull(location), Text.orNull(virtualLink), clock.instant(),
                    deadlines.after(endsAt, timescales.strategyRecordCirculated()));
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
            boolean wasConvened = meeting.isConvened();
            meeting.cancel(reason, clock.instant());
            meetings.save(meeting);
            audit.record(username, "meeting.cancelled", ENTITY, meetingId, Map.of("reason", reason));
            if (wasConvened) {
                for (Invitation invitation : invitations.findActiveByMeeting(meetingId)) {
                    notices.cancelled(meeting, invitation);
                }
            }
            events.publishEvent(new MeetingEvents.Cancelled(meetingId));
            return meeting;
        });
    }

    public Invitation invite(String username, long meetingId, Invitee invitee) {
        return retry.inTransaction(() -> {
            Meeting meeting = require(username, meetingId, MeetingRights::chair);
            if (meeting.getStatus() != MeetingStatus.CONVENED) {
                throw new ConflictException("Invite people once the meeting is convened and before it is held.");
            }
            Invitation invitation = invitations.save(invitationFor(meeting, invitee));
            audit.record(username, "invitation.created", INVITATION, invitation.getId(),
                    Map.of("meetingId", meetingId, "agencyId", invitation.getAgencyId(), "required", invitation.isRequired()));
            notices.invite(meeting, invitation);
            invitation.sent(meeting.getCalendarSequence());
            return invitations.save(invitation);
        });
    }

    /** Removing an invitee ends their access at once and cancels the entry in their calendar. */
    public void removeInvitation(String username, long meetingId, long invitationId) {
        retry.inTransaction(() -> {
            Meeting meeting = require(username, meetingId, MeetingRights::chair);
            if (meeting.getStatus() != MeetingStatus.CONVENED) {
                throw new ConflictException("Invitations can be withdrawn only before the meeting is held.");
            }
            Invitation invitation = invitations.findById(invitationId).filter(i -> i.getMeetingId() == meetingId && i.isActive())
                    .orElseThrow(() -> new NotFoundException("There is no such invitation to this meeting"));
            if (invitation.isRequired() && meeting.getStatus() == MeetingStatus.CONVENED && activeOfKind(meetingId, kindOf(invitation)) == 1) {
                throw new InvalidRequestException("This is the only invitation to " + RequiredAgencies.name(kindOf(invitation))
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
            Invitation invitation = invitations.findById(invitationId).filter(i -> i.getMeetingId() == meetingId && i.isActive())
                    .orElseThrow(() -> new NotFoundException("There is no such invitation to this meeting"));
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
            if (!delegateAddress.matches(EMAIL)) {
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
                Map.of("meetingId", meeting.getId(), "agencyId", delegate.getAgencyId(), "delegateOf", original.getId()));
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
     * inbox, {@code attendedBy} names who came for the agency.
     */
    public Meeting recordHeld(String username, long meetingId, Map<Long, Attendance> attendance, Map<Long, Instant> reportsReceived,
                              Map<Long, String> attendedBy, String quorumOverrideReason) {
        return retry.inTransaction(() -> {
            Meeting meeting = require(username, meetingId, MeetingRights::chair);
            if (meeting.getStatus() != MeetingStatus.CONVENED) {
                throw new ConflictException("Only a convened meeting can be recorded as held.");
            }
            if (meeting.getStartsAt().isAfter(clock.instant())) {
                throw new InvalidRequestException("The meeting has not started yet: record attendance once it has.");
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
            Set<AgencyKind> missing = EnumSet.copyOf(RequiredAgencies.of(meeting.getType()));
            active.stream().filter(i -> i.getAttendance() == Attendance.PRESENT).forEach(i -> missing.remove(kindOf(i)));
            String override = Text.orNull(quorumOverrideReason);
            if (!missing.isEmpty() && override == null) {
                throw new InvalidRequestException("quorumOverrideReason", "Not quorate: " + RequiredAgencies.describe(missing)
                        + " not present. Give a reason to go ahead without them, or reschedule.");
            }
            invitations.saveAll(active);
            meeting.held(clock.instant(), missing.isEmpty() ? null : override);
            meetings.save(meeting);
            Map<String, Object> change = new HashMap<>();
            active.forEach(i -> change.put("invitation-" + i.getId(), i.getAttendance().name()));
            change.put("quorumOverride", String.valueOf(meeting.getQuorumOverrideReason()));
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
        raiseReviewIfDecided(username, meeting);
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

    /** The children a meeting concerns, in the order they were named. */
    @Transactional(readOnly = true)
    public List<MeetingChild> childrenOf(long meetingId) {
        return children.findByMeetingIdOrderById(meetingId);
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

    /** The meeting with its children's details, for a page or the API: the reading is audited. */
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
        Person me = person(username);
        boolean everything = me.hasRole(Role.ADMIN) || me.hasRole(Role.AUDITOR);
        List<Long> reports = new ArrayList<>(directory.reportsOf(me));
        List<String> reportUsernames = new ArrayList<>(reports.stream().map(directory::person).map(Person::username).toList());
        reports.add(-1L);
        reportUsernames.add("");
        return meetings.findSeenBy(me.id(), me.username(), me.agencyId(), me.hasRole(Role.CHAIR), everything, reports, reportUsernames,
                        status == null ? null : status.name(), size, (long) page * size).stream()
                .filter(meeting -> access.rights(me, meeting).view()).toList();
    }

    /** Concerns that no chair has yet: every chair may see them, and take one. */
    @Transactional(readOnly = true)
    public List<Meeting> awaitingAChair() {
        return meetings.findOpen().stream().filter(m -> m.getChairId() == null).toList();
    }

    private List<Invitation> invitationsFor(Meeting meeting, List<Invitee> invitees) {
        List<Invitation> created = new ArrayList<>();
        for (Invitee invitee : invitees == null ? List.<Invitee>of() : invitees) {
            Invitation invitation = invitationFor(meeting, invitee);
            if (created.stream().noneMatch(i -> i.getEmail().equalsIgnoreCase(invitation.getEmail()))) {
                created.add(invitation);
            }
        }
        Set<AgencyKind> missing = EnumSet.copyOf(RequiredAgencies.of(meeting.getType()));
        created.forEach(i -> missing.remove(kindOf(i)));
        if (!missing.isEmpty()) {
            throw new InvalidRequestException("invitees", "Invite " + RequiredAgencies.describe(missing)
                    + ": a strategy discussion needs children's social care, police and health at least.");
        }
        return created;
    }

    private Invitation invitationFor(Meeting meeting, Invitee invitee) {
        if (invitee == null || (invitee.personId() == null) == (invitee.agencyId() == null)) {
            throw new InvalidRequestException("invitees", "Invite a person or an agency.");
        }
        Set<AgencyKind> required = RequiredAgencies.of(meeting.getType());
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

    private long activeOfKind(long meetingId, AgencyKind kind) {
        return invitations.findActiveByMeeting(meetingId).stream().filter(i -> kindOf(i) == kind).count();
    }

    private AgencyKind kindOf(Invitation invitation) {
        return directory.agency(invitation.getAgencyId()).kind();
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
