package org.convene.family;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.convene.access.AccessPolicy;
import org.convene.access.FamilyFacts;
import org.convene.access.FamilyRights;
import org.convene.action.ActionService;
import org.convene.action.MeetingReference;
import org.convene.audit.AuditTrail;
import org.convene.calendar.Deadlines;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.directory.Role;
import org.convene.meeting.InvitationContact;
import org.convene.meeting.Meeting;
import org.convene.meeting.MeetingService;
import org.convene.shared.ConflictException;
import org.convene.shared.InvalidRequestException;
import org.convene.shared.NotFoundException;
import org.convene.shared.Text;
import org.convene.subject.Subject;
import org.convene.subject.Subjects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A family's referral for a family network meeting (reference §5), from the social worker's referral to the review of
 * the family's plan or the family declining. Every change is checked against {@link FamilyCommand}'s table and
 * {@link AccessPolicy#familyReferral}, audited in its own transaction, and reaches its process after commit. Private
 * family time is recorded as its start and end only.
 */
@Service
public class FamilyService {

    static final String CASE_TYPE = "FAMILY";
    static final String ENTITY = "family-referral";
    /** Lists look through this many of the newest referrals: years of a council's family network meetings. */
    private static final int MOST_LISTED = 5000;

    private final FamilyReferralRepository referrals;
    private final FamilyMemberRepository members;
    private final FamilyTaskRepository tasks;
    private final FamilySchedule schedule;
    private final FamilyNotices notices;
    private final MeetingService meetings;
    private final ActionService actions;
    private final Subjects subjects;
    private final AccessPolicy policy;
    private final Directory directory;
    private final Deadlines deadlines;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FamilyService(FamilyReferralRepository referrals, FamilyMemberRepository members, FamilyTaskRepository tasks, FamilySchedule schedule,
                  FamilyNotices notices, MeetingService meetings, ActionService actions, Subjects subjects, AccessPolicy policy, Directory directory,
                  Deadlines deadlines, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.referrals = referrals;
        this.members = members;
        this.tasks = tasks;
        this.schedule = schedule;
        this.notices = notices;
        this.meetings = meetings;
        this.actions = actions;
        this.subjects = subjects;
        this.policy = policy;
        this.directory = directory;
        this.deadlines = deadlines;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A social worker refers the children named; the coordinator is due within the timescale, the whole within 8 weeks. */
    @Transactional
    public FamilyReferral refer(String username, NewReferral referral) {
        Person referrer = requireReferrer(username);
        Text.required(referral.reason(), "reason", "Say why the family is referred.");
        Text.required(referral.worries(), "worries", "Say what the worries are.");
        List<Subject> children = Subject.namedChildren(referral.children(), deadlines.today(clock), "meeting");
        Instant now = clock.instant();
        FamilyReferral saved = referrals.save(FamilyReferral.referred(referral, referrer.id(), username, now, schedule.allocateBy(now),
                schedule.completeBy(now)));
        audit.record(username, "family.referred", ENTITY, saved.getId(), Map.of("children", referral.children().size(),
                "preProceedings", referral.preProceedings()));
        subjects.addToCase(username, CASE_TYPE, saved.getId(), children);
        events.publishEvent(new FamilyEvents.Referred(saved.getId()));
        return saved;
    }

    /** Gives the referral to a coordinator; the first asks for the baseline meeting, a later one hands its meetings on. */
    @Transactional
    public FamilyReferral allocate(String username, long id, long coordinatorId) {
        Person user = person(username);
        FamilyReferral referral = require(user, id, rights -> rights.allocate() || (rights.take() && user.id() == coordinatorId));
        Person coordinator = directory.findPerson(coordinatorId).filter(p -> p.hasRole(Role.CHAIR) && p.active())
                .orElseThrow(() -> new InvalidRequestException("coordinatorId", "Choose a coordinator from the list."));
        Long previous = referral.getCoordinatorId();
        boolean first = referral.getStatus() == FamilyStatus.REFERRED;
        referral.allocate(coordinator.id(), clock.instant());
        referrals.save(referral);
        audit.record(username, "family.allocated", ENTITY, id, Map.of("coordinatorId", coordinatorId));
        if (first) {
            meetings.request(username, FamilyMeetingKinds.BASELINE, CASE_TYPE, id, coordinator.id(), schedule.baselineBy(referral.getReferredAt()));
            events.publishEvent(new FamilyEvents.MovedOn(id, FamilyProcess.MESSAGE_ALLOCATED));
        } else {
            meetings.handOver(username, CASE_TYPE, id, previous, coordinator.id());
        }
        if (!coordinator.id().equals(user.id())) {
            notices.allocated(referral, coordinator);
        }
        return referral;
    }

    /** The baseline meeting's record; preparation starts, and the family network meeting is asked for. */
    @Transactional
    public FamilyReferral recordBaseline(String username, long id, Baseline baseline) {
        FamilyReferral referral = require(username, id, FamilyRights::coordinate);
        referral.check(FamilyCommand.RECORD_BASELINE);
        Text.required(baseline.objective(), "objective", "Say what the meeting is for.");
        Text.required(baseline.questions(), "questions", "Write the questions for the family.");
        Text.required(baseline.bottomLines(), "bottomLines", "Say what is not negotiable, or write \"None\".");
        referral.recordBaseline(new Baseline(baseline.objective().trim(), baseline.questions().trim(), baseline.bottomLines().trim(),
                Text.orNull(baseline.resources())), clock.instant());
        referrals.save(referral);
        audit.record(username, "family.baseline-recorded", ENTITY, id, Map.of());
        meetings.request(username, FamilyMeetingKinds.NETWORK, CASE_TYPE, id, referral.getCoordinatorId(), schedule.meetingConveneBy(clock.instant()));
        events.publishEvent(new FamilyEvents.MovedOn(id, FamilyProcess.MESSAGE_BASELINE_RECORDED));
        return referral;
    }

    @Transactional
    public FamilyMember addMember(String username, long id, NewMember member) {
        FamilyReferral referral = require(username, id, FamilyRights::network);
        referral.check(FamilyCommand.CHANGE_NETWORK);
        validate(referral, member);
        FamilyMember saved = members.save(FamilyMember.of(id, member));
        audit.record(username, "family.member-added", ENTITY, id, Map.of("memberId", saved.getId(), "contact", member.contact().name()));
        return saved;
    }

    @Transactional
    public FamilyMember changeMember(String username, long id, long memberId, NewMember member) {
        FamilyReferral referral = require(username, id, FamilyRights::network);
        referral.check(FamilyCommand.CHANGE_NETWORK);
        validate(referral, member);
        FamilyMember existing = member(id, memberId);
        existing.change(member);
        audit.record(username, "family.member-changed", ENTITY, id, Map.of("memberId", memberId));
        return members.save(existing);
    }

    private void validate(FamilyReferral referral, NewMember member) {
        Text.required(member.name(), "name", "Give the person's name.");
        Text.required(member.relationship(), "relationship", "Say who they are to the child, like aunt or neighbour.");
        if (member.contact() == null) {
            throw new InvalidRequestException("contact", "Say how to reach them.");
        }
        if (member.contact() == InvitationContact.EMAIL && !Text.isEmail(member.email() == null ? null : member.email().trim())) {
            throw new InvalidRequestException("email", "Enter their e-mail address, like name@example.org.");
        }
        if ((member.contact() == InvitationContact.POST || member.contact() == InvitationContact.PHONE)
                && (member.contactDetails() == null || member.contactDetails().isBlank())) {
            throw new InvalidRequestException("contactDetails", member.contact() == InvitationContact.POST
                    ? "Give the address to post letters to." : "Give the number to call.");
        }
        if (referral.isPreProceedings() && member.parentalResponsibility() && member.offerAnswer() == null) {
            throw new InvalidRequestException("offerAnswer", "Say whether they accepted the offer of a family network meeting before proceedings.");
        }
    }

    /** What the coordinator has done with a member in preparation: seen them, their consent, and the advocate offered. */
    @Transactional
    public FamilyMember prepareMember(String username, long id, long memberId, boolean seen, Consent consent, AdvocateOffer advocate) {
        FamilyReferral referral = require(username, id, FamilyRights::coordinate);
        referral.check(FamilyCommand.CHANGE_NETWORK);
        FamilyMember member = member(id, memberId);
        member.prepared(seen, consent, advocate, clock.instant());
        audit.record(username, "family.member-prepared", ENTITY, id, Map.of("memberId", memberId, "seen", seen,
                "consent", String.valueOf(consent), "advocate", String.valueOf(advocate)));
        return members.save(member);
    }

    /**
     * Invites a member to the family network meeting once it is convened: by e-mail Convene sends a plain message (it
     * names no child); by post, phone or in person the coordinator gives the printed letter or makes the call, and this
     * records how and when.
     */
    @Transactional
    public FamilyMember invite(String username, long id, long memberId, InvitationContact how) {
        FamilyReferral referral = require(username, id, FamilyRights::coordinate);
        referral.check(FamilyCommand.CHANGE_NETWORK);
        FamilyMember member = member(id, memberId);
        Meeting meeting = networkMeeting(id).filter(Meeting::isConvened)
                .orElseThrow(() -> new ConflictException("Convene the family network meeting first: the invitation gives its time and place."));
        if (how == null) {
            throw new InvalidRequestException("how", "Say how they were invited.");
        }
        if (how == InvitationContact.EMAIL && !member.hasEmail()) {
            throw new InvalidRequestException("how", "There is no e-mail address for " + member.getName() + ": invite them another way.");
        }
        member.invited(how, clock.instant());
        if (how == InvitationContact.EMAIL) {
            notices.invitation(referral, member, meeting, directory.person(referral.getCoordinatorId()));
        }
        audit.record(username, "family.member-invited", ENTITY, id, Map.of("memberId", memberId, "how", how.name()));
        return members.save(member);
    }

    @Transactional
    public FamilyMember recordAnswer(String username, long id, long memberId, MeetingAnswer answer) {
        FamilyReferral referral = require(username, id, FamilyRights::coordinate);
        referral.check(FamilyCommand.CHANGE_NETWORK);
        FamilyMember member = member(id, memberId);
        if (member.getInvitedAt() == null) {
            throw new ConflictException("Invite " + member.getName() + " before recording their answer.");
        }
        if (answer == null) {
            throw new InvalidRequestException("answer", "Say whether they are coming.");
        }
        member.answered(answer, clock.instant());
        audit.record(username, "family.member-answered", ENTITY, id, Map.of("memberId", memberId, "answer", answer.name()));
        return members.save(member);
    }

    /** Preparation is done: the network is known, and the child's views are recorded for the meeting. */
    @Transactional
    public FamilyReferral finishPreparation(String username, long id, String childViews) {
        FamilyReferral referral = require(username, id, FamilyRights::coordinate);
        referral.check(FamilyCommand.FINISH_PREPARATION);
        Text.required(childViews, "childViews", "Record the child's views, or why they could not be given.");
        if (members.findByReferralIdOrderById(id).isEmpty()) {
            throw new ConflictException("Add the members of the family network before the meeting.");
        }
        referral.finishPreparation(childViews.trim(), clock.instant());
        referrals.save(referral);
        audit.record(username, "family.prepared", ENTITY, id, Map.of());
        events.publishEvent(new FamilyEvents.MovedOn(id, FamilyProcess.MESSAGE_PREPARED));
        return referral;
    }

    /**
     * A moment of the meeting, in order and once each: information sharing, then private family time starting and ending.
     * Of private family time only these two times are kept, in the referral and in the audit trail: while it runs the
     * referral's table refuses the plan and the network, and its network meeting refuses its record and actions.
     */
    @Transactional
    public FamilyReferral recordStage(String username, long id, MeetingStage stage) {
        FamilyReferral referral = require(username, id, FamilyRights::coordinate);
        if (stage == null) {
            throw new InvalidRequestException("stage", "Choose the stage the meeting has reached.");
        }
        if (referral.stageAt(stage) != null) {
            throw new ConflictException(stage.label() + " is already recorded.");
        }
        referral.check(stage.command());
        if (stage.ordinal() > 0 && referral.stageAt(MeetingStage.values()[stage.ordinal() - 1]) == null) {
            throw new ConflictException("Record \"" + MeetingStage.values()[stage.ordinal() - 1].label().toLowerCase() + "\" first.");
        }
        referral.recordStage(stage, clock.instant());
        referrals.save(referral);
        audit.record(username, "family.meeting-stage", ENTITY, id, Map.of("stage", stage.name()));
        return referral;
    }

    @Transactional
    public FamilyTask addTask(String username, long id, NewTask task) {
        FamilyReferral referral = require(username, id, FamilyRights::coordinate);
        referral.check(FamilyCommand.CHANGE_PLAN);
        Text.required(task.what(), "what", "Say what needs to be done.");
        Text.required(task.checkedBy(), "checkedBy", "Say who checks it is done.");
        int owners = (task.memberId() != null ? 1 : 0) + (task.ownerPersonId() != null ? 1 : 0) + (task.ownerAgencyId() != null ? 1 : 0);
        if (owners != 1) {
            throw new InvalidRequestException("owner", "Choose one person or service to do it.");
        }
        if (task.memberId() != null) {
            member(id, task.memberId());
        }
        if (task.ownerPersonId() != null && directory.findPerson(task.ownerPersonId()).filter(Person::active).isEmpty()) {
            throw new InvalidRequestException("owner", "Choose who does it from the list.");
        }
        if (task.ownerAgencyId() != null && directory.findAgency(task.ownerAgencyId()).isEmpty()) {
            throw new InvalidRequestException("owner", "Choose who does it from the list.");
        }
        if (task.dueDate() == null) {
            throw new InvalidRequestException("dueDate", "Say by when it is to be done.");
        }
        if (task.dueDate().isBefore(deadlines.today(clock))) {
            throw new InvalidRequestException("dueDate", "The date it is due cannot be in the past.");
        }
        FamilyTask saved = tasks.save(new FamilyTask(null, id, task.what().trim(), task.memberId(), task.ownerPersonId(), task.ownerAgencyId(),
                task.dueDate(), task.checkedBy().trim(), null, null));
        audit.record(username, "family.task-added", ENTITY, id, Map.of("taskId", saved.id(), "family", saved.isFamilys()));
        return saved;
    }

    @Transactional
    public void removeTask(String username, long id, long taskId) {
        FamilyReferral referral = require(username, id, FamilyRights::coordinate);
        referral.check(FamilyCommand.CHANGE_PLAN);
        FamilyTask task = tasks.findById(taskId).filter(t -> t.referralId() == id).orElseThrow(() -> new NotFoundException("There is no such task"));
        tasks.delete(task);
        audit.record(username, "family.task-removed", ENTITY, id, Map.of("taskId", taskId));
    }

    /** The family's plan is agreed after private family time; the council agrees it, or says why not against its bottom lines. */
    @Transactional
    public FamilyReferral agreePlan(String username, long id, PlanTerms terms) {
        FamilyReferral referral = require(username, id, FamilyRights::coordinate);
        referral.check(FamilyCommand.AGREE_PLAN);
        if (referral.getPrivateTimeEndedAt() == null) {
            throw new ConflictException("The plan is agreed after private family time: record its start and end first.");
        }
        if (tasks.findByReferralIdOrderByDueDateAscIdAsc(id).isEmpty()) {
            throw new ConflictException("Write the plan's tasks before it is agreed.");
        }
        Text.required(terms.backupPlan(), "backupPlan", "Write the back-up plan: what happens if the plan does not work.");
        if (!terms.councilAgrees()) {
            Text.required(terms.councilReason(), "councilReason", "Say why the council does not agree the plan, against its bottom lines.");
        }
        referral.agreePlan(new PlanTerms(Text.orNull(terms.supportNeeded()), terms.backupPlan().trim(), terms.councilAgrees(),
                terms.councilAgrees() ? null : terms.councilReason().trim()), clock.instant());
        referrals.save(referral);
        audit.record(username, "family.plan-agreed", ENTITY, id, Map.of("councilAgrees", terms.councilAgrees()));
        events.publishEvent(new FamilyEvents.MovedOn(id, FamilyProcess.MESSAGE_PLAN_AGREED));
        return referral;
    }

    /**
     * Sends the written-up plan: services' tasks become actions on the shared ladder, members with e-mail who may be told
     * about the child hear that it is ready (others get the printed copy from the coordinator), and the review is asked for.
     */
    @Transactional
    public FamilyReferral sendPlan(String username, long id) {
        FamilyReferral referral = require(username, id, FamilyRights::coordinate);
        referral.planSent(clock.instant());
        referrals.save(referral);
        MeetingReference setAt = networkMeeting(id).map(m -> new MeetingReference(m.getId(), m.getType())).orElse(null);
        int raised = 0;
        for (FamilyTask task : tasks.findByReferralIdOrderByDueDateAscIdAsc(id)) {
            if (!task.isFamilys() && task.actionId() == null) {
                LocalDate due = task.dueDate().isBefore(deadlines.today(clock)) ? deadlines.today(clock) : task.dueDate();
                tasks.save(task.withAction(actions.raise(username, task.what(), task.ownerPersonId(), task.ownerAgencyId(), due, setAt).getId()));
                raised++;
            }
        }
        Person coordinator = directory.person(referral.getCoordinatorId());
        members.findByReferralIdOrderById(id).stream().filter(m -> m.hasEmail() && m.isMayReceiveInformation())
                .forEach(member -> notices.planReady(referral, member, coordinator));
        audit.record(username, "family.plan-sent", ENTITY, id, Map.of("actions", raised));
        meetings.request(username, FamilyMeetingKinds.REVIEW, CASE_TYPE, id, referral.getCoordinatorId(), schedule.meetingConveneBy(clock.instant()));
        events.publishEvent(new FamilyEvents.MovedOn(id, FamilyProcess.MESSAGE_PLAN_SENT));
        return referral;
    }

    /** The review: each family member's task found done or not (services' tasks are followed on the ladder), and it closes. */
    @Transactional
    public FamilyReferral recordReview(String username, long id, Map<Long, TaskOutcome> outcomes, String note) {
        FamilyReferral referral = require(username, id, FamilyRights::coordinate);
        referral.check(FamilyCommand.RECORD_REVIEW);
        List<FamilyTask> familyTasks = tasks.findByReferralIdOrderByDueDateAscIdAsc(id).stream().filter(FamilyTask::isFamilys).toList();
        for (FamilyTask task : familyTasks) {
            if (outcomes.get(task.id()) == null) {
                throw new InvalidRequestException("outcomes", "Say whether each family task was done.");
            }
        }
        Text.required(note, "note", "Say what the review found and what happens next.");
        familyTasks.forEach(task -> tasks.save(task.reviewed(outcomes.get(task.id()))));
        referral.reviewed(note.trim(), clock.instant());
        referrals.save(referral);
        audit.record(username, "family.reviewed", ENTITY, id, Map.of("familyTasks", familyTasks.size(),
                "done", familyTasks.stream().filter(t -> outcomes.get(t.id()) == TaskOutcome.DONE).count()));
        events.publishEvent(new FamilyEvents.MovedOn(id, FamilyProcess.MESSAGE_REVIEWED));
        return referral;
    }

    /** The family declines, at any point: the reason is recorded, meetings not yet held are cancelled, and it ends. */
    @Transactional
    public FamilyReferral decline(String username, long id, String reason) {
        FamilyReferral referral = require(username, id, FamilyRights::decline);
        referral.check(FamilyCommand.DECLINE);
        Text.required(reason, "reason", "Say why the family declined.");
        referral.decline(reason.trim(), clock.instant());
        referrals.save(referral);
        audit.record(username, "family.declined", ENTITY, id, Map.of());
        meetings.cancelForCase(username, CASE_TYPE, id, "The family decided not to go ahead with the family network meeting.");
        events.publishEvent(new FamilyEvents.Declined(id));
        return referral;
    }

    /** The referral as one reader may see it; the reading is audited. */
    @Transactional
    public FamilyView read(String username, long id) {
        Person person = person(username);
        FamilyReferral referral = require(person, id, rights -> true);
        audit.record(username, "family.read", ENTITY, id, Map.of());
        return view(person, referral);
    }

    /** The referrals the person may see, newest first, a page at a time, with their deadlines. */
    @Transactional(readOnly = true)
    public List<FamilyView> visibleTo(String username, int page, int size) {
        Person person = person(username);
        return referrals.findNewest(MOST_LISTED).stream().map(referral -> Map.entry(referral, rights(person, referral)))
                .filter(seen -> seen.getValue().view()).skip((long) page * size).limit(size)
                .map(seen -> new FamilyView(seen.getKey(), subjects.ofCase(CASE_TYPE, seen.getKey().getId()), List.of(), List.of(), List.of(),
                        seen.getValue(), coordinatorOf(seen.getKey()))).toList();
    }

    FamilyView view(Person person, FamilyReferral referral) {
        long id = referral.getId();
        return new FamilyView(referral, subjects.ofCase(CASE_TYPE, id), members.findByReferralIdOrderById(id),
                tasks.findByReferralIdOrderByDueDateAscIdAsc(id), meetings.ofCase(CASE_TYPE, id), rights(person, referral), coordinatorOf(referral));
    }

    private Optional<Person> coordinatorOf(FamilyReferral referral) {
        return Optional.ofNullable(referral.getCoordinatorId()).flatMap(directory::findPerson);
    }

    Optional<Meeting> networkMeeting(long id) {
        return networkMeetingOf(meetings.ofCase(CASE_TYPE, id));
    }

    /** Of a referral's meetings, the family network meeting: the open one, or else the newest. */
    private static Optional<Meeting> networkMeetingOf(List<Meeting> meetings) {
        List<Meeting> network = meetings.stream().filter(m -> m.getType().equals(FamilyMeetingKinds.NETWORK)).toList();
        return network.stream().filter(Meeting::isOpen).findFirst().or(() -> network.stream().reduce((older, newer) -> newer));
    }

    private FamilyMember member(long id, long memberId) {
        return members.findById(memberId).filter(m -> m.getReferralId() == id)
                .orElseThrow(() -> new NotFoundException("There is no such member of this family's network"));
    }

    private FamilyRights rights(Person person, FamilyReferral referral) {
        return policy.familyReferral(person, new FamilyFacts(referral.getCoordinatorId(), referral.getReferrerId(), referral.isOpen(),
                meetings.seesAnyOf(person.username(), CASE_TYPE, referral.getId())));
    }

    private FamilyReferral require(String username, long id, Predicate<FamilyRights> allowed) {
        return require(person(username), id, allowed);
    }

    /** The referral, if the person may do this with it: one they may not see is not found; one they may see is forbidden. */
    private FamilyReferral require(Person person, long id, Predicate<FamilyRights> allowed) {
        FamilyReferral referral = referrals.findById(id).orElseThrow(() -> new NotFoundException("There is no family referral " + id));
        FamilyRights rights = rights(person, referral);
        if (!rights.view()) {
            throw new NotFoundException("There is no family referral " + id);
        }
        if (!allowed.test(rights)) {
            throw new AccessDeniedException("not allowed");
        }
        return referral;
    }

    public boolean mayRefer(String username) {
        return policy.referFamily(person(username));
    }

    /** The person, if they may refer a family. */
    public Person requireReferrer(String username) {
        Person person = person(username);
        if (!policy.referFamily(person)) {
            throw new AccessDeniedException("Families are referred by children's social care.");
        }
        return person;
    }

    private Person person(String username) {
        return directory.personByUsername(username).orElseThrow(() -> new AccessDeniedException("unknown user"));
    }

    /** A referral as one reader sees it: the children may be named, and the meetings are all the referral convened. */
    public record FamilyView(FamilyReferral referral, List<Subject> children, List<FamilyMember> members, List<FamilyTask> tasks,
                             List<Meeting> meetings, FamilyRights rights, Optional<Person> coordinator) {

        public Optional<Meeting> networkMeeting() {
            return networkMeetingOf(meetings);
        }
    }
}
