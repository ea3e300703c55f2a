package org.convene.strategy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.convene.access.AccessPolicy;
import org.convene.access.CaseFacts;
import org.convene.access.CaseRights;
import org.convene.action.ActionService;
import org.convene.action.MeetingReference;
import org.convene.audit.AuditTrail;
import org.convene.calendar.Deadlines;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.directory.Role;
import org.convene.meeting.Meeting;
import org.convene.meeting.MeetingService;
import org.convene.meeting.MeetingStatus;
import org.convene.minutes.MinutesApproved;
import org.convene.shared.ConflictException;
import org.convene.shared.InvalidRequestException;
import org.convene.shared.NotFoundException;
import org.convene.shared.RetryOnConflict;
import org.convene.shared.Text;
import org.convene.subject.Subject;
import org.convene.subject.Subjects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The strategy discussion as a case: a concern about children is raised and a discussion asked for at once; what the
 * approved minutes decide moves it on (a section 47 enquiry with its outcome due and its initial child protection
 * conference, a review, or no further strategy work); the chair may mark it complex, which asks for a complex strategy
 * meeting. Every change is checked against {@link StrategyCommand}'s table, audited in its own transaction, and
 * reaches its process after commit.
 */
@Service
public class StrategyService {

    static final String CASE_TYPE = "STRATEGY";
    static final String ENTITY = "strategy";

    private final StrategyCaseRepository cases;
    private final StrategyChildRecordRepository childRecords;
    private final StrategyReviewRepository reviews;
    private final StrategySchedule schedule;
    private final MeetingService meetings;
    private final ActionService actions;
    private final Subjects subjects;
    private final AccessPolicy policy;
    private final Directory directory;
    private final Deadlines deadlines;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final RetryOnConflict retry;
    private final Clock clock;

    StrategyService(StrategyCaseRepository cases, StrategyChildRecordRepository childRecords, StrategyReviewRepository reviews,
                    StrategySchedule schedule, MeetingService meetings, ActionService actions, Subjects subjects, AccessPolicy policy,
                    Directory directory, Deadlines deadlines, AuditTrail audit, ApplicationEventPublisher events, RetryOnConflict retry,
                    Clock clock) {
        this.cases = cases;
        this.childRecords = childRecords;
        this.reviews = reviews;
        this.schedule = schedule;
        this.meetings = meetings;
        this.actions = actions;
        this.subjects = subjects;
        this.policy = policy;
        this.directory = directory;
        this.deadlines = deadlines;
        this.audit = audit;
        this.events = events;
        this.retry = retry;
        this.clock = clock;
    }

    /** Raises a concern about the children named, and asks for its strategy discussion, to be convened in time. */
    @Transactional
    public StrategyCase raise(String username, NewConcern concern) {
        Text.required(concern.concern(), "concern", "Describe the concern.");
        Text.required(concern.referrerName(), "referrerName", "Say who referred the concern.");
        List<Subject> children = Subject.namedChildren(concern.children(), deadlines.today(clock), "concern");
        String referrerEmail = Text.orNull(concern.referrerEmail());
        if (referrerEmail != null && !Text.isEmail(referrerEmail)) {
            throw new InvalidRequestException("referrerEmail", "Enter the referrer's e-mail address, like name@example.org.");
        }
        if (concern.referrerAgencyId() != null && directory.findAgency(concern.referrerAgencyId()).isEmpty()) {
            throw new InvalidRequestException("referrerAgencyId", "Choose the referrer's agency from the list.");
        }
        if (concern.chairId() != null) {
            requireChair(concern.chairId());
        }
        Instant now = clock.instant();
        StrategyCase strategy = cases.save(StrategyCase.raised(concern.concern().trim(), concern.referrerName().trim(), concern.referrerAgencyId(),
                referrerEmail, directory.personByEmail(referrerEmail).map(Person::id).orElse(null), concern.chairId(), username, now));
        audit.record(username, "strategy.raised", ENTITY, strategy.getId(), Map.of("children", concern.children().size(),
                "chairId", String.valueOf(concern.chairId())));
        subjects.addToCase(username, CASE_TYPE, strategy.getId(), children);
        meetings.request(username, StrategyMeetingKinds.DISCUSSION, CASE_TYPE, strategy.getId(), concern.chairId(), schedule.discussionConveneBy(now));
        events.publishEvent(new StrategyEvents.Raised(strategy.getId()));
        return strategy;
    }

    /**
     * Gives the concern to a chair, with its open discussions: the current chair hands it on, the people above the chair
     * or an admin reassign it, and while it has none, whoever raised it may choose one, or a chair may take it.
     */
    public StrategyCase assignChair(String username, long caseId, long chairId) {
        return retry.inTransaction(() -> {
            Person user = person(username);
            StrategyCase strategy = require(user, caseId, rights -> rights.assignLead() || (rights.takeLead() && user.id() == chairId));
            requireChair(chairId);
            Long previous = strategy.getChairId();
            strategy.assignChair(chairId);
            cases.save(strategy);
            audit.record(username, "strategy.chair-assigned", ENTITY, caseId, Map.of("chairId", chairId));
            meetings.handOver(username, CASE_TYPE, caseId, previous, chairId);
            return strategy;
        });
    }

    /** Asks for another strategy discussion, as when one was cancelled: there may be only one waiting at a time. */
    public Meeting requestDiscussion(String username, long caseId) {
        return retry.inTransaction(() -> {
            StrategyCase strategy = require(username, caseId, CaseRights::lead);
            strategy.requestDiscussion();
            if (meetings.ofCase(CASE_TYPE, caseId).stream().anyMatch(m -> m.getStatus() == MeetingStatus.REQUESTED || m.getStatus() == MeetingStatus.CONVENED)) {
                throw new ConflictException("This concern already has a discussion to be held: convene or hold that one first.");
            }
            cases.save(strategy);
            audit.record(username, "strategy.discussion-requested", ENTITY, caseId, Map.of());
            return meetings.request(username, StrategyMeetingKinds.DISCUSSION, CASE_TYPE, caseId, strategy.getChairId(),
                    schedule.discussionConveneBy(clock.instant()));
        });
    }

    /**
     * The chair marks the concern complex (exploitation, several children not of one family, more than one alleged
     * perpetrator): a complex strategy meeting is asked for, to be convened within the timescale of the first discussion.
     */
    public StrategyCase markComplex(String username, long caseId, String reason) {
        return retry.inTransaction(() -> {
            StrategyCase strategy = require(username, caseId, CaseRights::lead);
            if (strategy.isComplex()) {
                throw new ConflictException("This concern is already marked complex.");
            }
            Text.required(reason, "reason", "Say why the concern is complex.");
            Instant first = meetings.ofCase(CASE_TYPE, caseId).stream().filter(m -> m.getHeldAt() != null).map(Meeting::getStartsAt)
                    .min(Comparator.naturalOrder())
                    .orElseThrow(() -> new ConflictException("Hold the first strategy discussion before marking the concern complex: "
                            + "the complex strategy meeting follows it."));
            Meeting complex = meetings.request(username, StrategyMeetingKinds.COMPLEX, CASE_TYPE, caseId, strategy.getChairId(),
                    schedule.complexMeetingConveneBy(first));
            strategy.markComplex(reason.trim(), clock.instant(), complex.getId());
            cases.save(strategy);
            audit.record(username, "strategy.marked-complex", ENTITY, caseId, Map.of("complexMeetingId", complex.getId()));
            return strategy;
        });
    }

    /** The chair records the outcome of the section 47 enquiry; the concern is closed. */
    public StrategyCase recordOutcome(String username, long caseId, String outcome) {
        return retry.inTransaction(() -> {
            StrategyCase strategy = require(username, caseId, CaseRights::lead);
            Text.required(outcome, "outcome", "Describe the outcome of the enquiry.");
            strategy.recordOutcome(outcome.trim(), clock.instant());
            cases.save(strategy);
            audit.record(username, "strategy.outcome-recorded", ENTITY, caseId, Map.of("inTime", !clock.instant().isAfter(strategy.getOutcomeDueBy())));
            events.publishEvent(new StrategyEvents.OutcomeRecorded(caseId));
            return strategy;
        });
    }

    /** Withdraws a concern before any enquiry: its discussions not yet held are cancelled, and their invitees told. */
    public StrategyCase cancel(String username, long caseId, String reason) {
        return retry.inTransaction(() -> {
            StrategyCase strategy = require(username, caseId, rights -> rights.lead() || rights.assignLead());
            Text.required(reason, "reason", "Say why the concern is withdrawn.");
            strategy.cancel(reason.trim(), clock.instant());
            cases.save(strategy);
            audit.record(username, "strategy.cancelled", ENTITY, caseId, Map.of("reason", reason.trim()));
            meetings.cancelForCase(username, CASE_TYPE, caseId, reason.trim());
            events.publishEvent(new StrategyEvents.Ended(caseId));
            return strategy;
        });
    }

    /**
     * A discussion's first minutes are approved, in the same transaction: a decision to start a section 47 enquiry for
     * any child starts it (with its outcome due and the initial child protection conference set as the chair's action);
     * a review date asks for the review; with neither, and nothing else to hold, the concern closes.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void minutesApproved(MinutesApproved approved) {
        if (!CASE_TYPE.equals(approved.caseType())) {
            return;
        }
        StrategyCase strategy = find(approved.caseId());
        if (!strategy.isOpen()) {
            return;
        }
        Meeting meeting = meetings.meeting(approved.meetingId());
        boolean enquiry = childRecords.findByMeetingIdOrderById(meeting.getId()).stream()
                .anyMatch(r -> r.decision() != null && r.decision().startsAnEnquiry());
        if (enquiry && strategy.allows(StrategyCommand.START_ENQUIRY)) {
            startEnquiry(approved.approvedBy(), strategy, meeting);
        }
        Optional<StrategyReview> review = reviews.findByMeetingId(meeting.getId()).filter(r -> r.reviewMeetingId() == null);
        if (review.isPresent()) {
            strategy.requestReview();
            Meeting next = meetings.request(approved.approvedBy(), StrategyMeetingKinds.DISCUSSION, CASE_TYPE, strategy.getId(),
                    meeting.getChairId(), schedule.reviewConveneBy(review.get().reviewBy()));
            reviews.save(review.get().requested(next.getId()));
            audit.record(approved.approvedBy(), "strategy.review-requested", ENTITY, strategy.getId(),
                    Map.of("meetingId", meeting.getId(), "reviewMeetingId", next.getId()));
        } else if (strategy.allows(StrategyCommand.CLOSE) && meetings.ofCase(CASE_TYPE, strategy.getId()).stream()
                .noneMatch(m -> !m.getId().equals(meeting.getId()) && m.isOpen())) {
            strategy.close(clock.instant());
            audit.record(approved.approvedBy(), "strategy.closed", ENTITY, strategy.getId(), Map.of("meetingId", meeting.getId()));
            events.publishEvent(new StrategyEvents.Ended(strategy.getId()));
        }
        cases.save(strategy);
    }

    private void startEnquiry(String username, StrategyCase strategy, Meeting meeting) {
        strategy.startEnquiry(meeting.getId(), meeting.getStartsAt(), schedule.outcomeDueBy(meeting.getStartsAt()));
        LocalDate conferenceDue = schedule.conferenceDueOn(meeting.getStartsAt());
        LocalDate today = deadlines.today(clock);
        long action = actions.raise(username, "Hold the initial child protection conference for concern " + strategy.getId()
                        + ", or record why it is not needed", meeting.getChairId(), null, conferenceDue.isBefore(today) ? today : conferenceDue,
                new MeetingReference(meeting.getId(), meeting.getType())).getId();
        strategy.icpcActionRaised(action);
        audit.record(username, "strategy.enquiry-started", ENTITY, strategy.getId(), Map.of("meetingId", meeting.getId(),
                "outcomeDueBy", strategy.getOutcomeDueBy().toString(), "conferenceActionId", action));
        events.publishEvent(new StrategyEvents.EnquiryStarted(strategy.getId()));
    }

    /** The concern, with its children, meetings and what the reader may do, for its page or the API. The reading is audited. */
    @Transactional
    public StrategyView read(String username, long caseId) {
        Person person = person(username);
        StrategyCase strategy = require(person, caseId, rights -> true);
        audit.record(username, "strategy.read", ENTITY, caseId, Map.of());
        List<Meeting> caseMeetings = meetings.ofCase(CASE_TYPE, caseId);
        return new StrategyView(strategy, subjects.ofCase(CASE_TYPE, caseId), caseMeetings.stream()
                .filter(meeting -> meetings.rightsOf(username, meeting.getId()).view()).toList(), rights(person, strategy),
                strategy.getIcpcActionId() != null && actions.isVisibleTo(username, strategy.getIcpcActionId()));
    }

    /** A page of the concerns the person may see, newest first. */
    @Transactional(readOnly = true)
    public List<StrategyCase> visibleCases(String username, int page, int size) {
        Person me = person(username);
        List<Long> reports = new ArrayList<>(directory.reportsOf(me));
        List<String> reportUsernames = new ArrayList<>(reports.stream().map(directory::person).map(Person::username).toList());
        List<Long> withMeetings = new ArrayList<>(meetings.casesWithMeetingsSeenBy(username, CASE_TYPE));
        reports.add(-1L);
        reportUsernames.add("");
        withMeetings.add(-1L);
        return cases.findSeenBy(me.id(), me.username(), me.hasRole(Role.CHAIR), me.hasRole(Role.ADMIN) || me.hasRole(Role.AUDITOR), reports,
                        reportUsernames, withMeetings, size, (long) page * size).stream()
                .filter(strategy -> rights(me, strategy).view()).toList();
    }

    /** What the person may do with the concern, as {@link AccessPolicy} decides. */
    @Transactional(readOnly = true)
    public CaseRights rightsOf(String username, long caseId) {
        return rights(person(username), find(caseId));
    }

    @Transactional(readOnly = true)
    StrategyCase strategyCase(long caseId) {
        return find(caseId);
    }

    private CaseRights rights(Person person, StrategyCase strategy) {
        return policy.caseRights(person, new CaseFacts(strategy.getChairId(), strategy.getRaisedBy(), strategy.getReferrerPersonId(),
                strategy.isOpen(), meetings.seesAnyOf(person.username(), CASE_TYPE, strategy.getId())));
    }

    private StrategyCase require(String username, long caseId, Predicate<CaseRights> allowed) {
        return require(person(username), caseId, allowed);
    }

    /** The concern, if the person may do this with it: one they may not see is not found; one they may see is forbidden. */
    private StrategyCase require(Person person, long caseId, Predicate<CaseRights> allowed) {
        StrategyCase strategy = find(caseId);
        CaseRights rights = rights(person, strategy);
        if (!rights.view()) {
            throw new NotFoundException("There is no concern " + caseId);
        }
        if (!allowed.test(rights)) {
            throw new AccessDeniedException("not allowed");
        }
        return strategy;
    }

    private void requireChair(long personId) {
        Person person = directory.findPerson(personId).orElseThrow(() -> new InvalidRequestException("chairId", "Choose a chair from the list."));
        if (!person.hasRole(Role.CHAIR) || !person.active()) {
            throw new InvalidRequestException("chairId", person.displayName() + " cannot chair meetings.");
        }
    }

    private StrategyCase find(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new NotFoundException("There is no concern " + caseId));
    }

    private Person person(String username) {
        return directory.personByUsername(username).orElseThrow(() -> new AccessDeniedException("unknown user"));
    }

    /**
     * A concern as one reader sees it: the children may be named; the meetings are those they may open; the conference
     * action is linked only for those who may open it.
     */
    public record StrategyView(StrategyCase strategy, List<Subject> children, List<Meeting> meetings, CaseRights rights,
                               boolean conferenceActionVisible) {
    }
}
