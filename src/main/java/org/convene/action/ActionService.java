package org.convene.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.convene.access.AccessPolicy;
import org.convene.access.ActionRights;
import org.convene.access.OversightScope;
import org.convene.directory.Role;
import org.convene.audit.AuditTrail;
import org.convene.calendar.CouncilTime;
import org.convene.calendar.Deadlines;
import org.convene.directory.Agency;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.shared.Text;
import org.convene.shared.ConflictException;
import org.convene.shared.InvalidRequestException;
import org.convene.shared.NotFoundException;
import org.convene.shared.RetryOnConflict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raising, reading and changing actions. Every change is checked against {@link ActionAccess}, audited in its own
 * transaction, and reaches the action's process once that transaction has committed.
 */
@Service
public class ActionService {

    static final String ENTITY = "action";
    static final String ESCALATION = "action-escalation";

    private final ActionRepository actions;
    private final ActionEscalationRepository escalations;
    private final ActionDueDateChangeRepository dueDateChanges;
    private final ActionReassignmentRepository reassignments;
    private final ActionAccess access;
    private final AccessPolicy policy;
    private final ActionSchedule schedule;
    private final List<ActionOrigin.Source> origins;
    private final ActionNotices notices;
    private final Directory directory;
    private final Deadlines deadlines;
    private final CouncilTime dates;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final RetryOnConflict retry;
    private final Clock clock;

    ActionService(ActionRepository actions, ActionEscalationRepository escalations, ActionDueDateChangeRepository dueDateChanges,
                  ActionReassignmentRepository reassignments, ActionAccess access, AccessPolicy policy, ActionSchedule schedule,
                  List<ActionOrigin.Source> origins, ActionNotices notices, Directory directory,
                  Deadlines deadlines, CouncilTime dates, AuditTrail audit, ApplicationEventPublisher events, RetryOnConflict retry, Clock clock) {
        this.actions = actions;
        this.escalations = escalations;
        this.dueDateChanges = dueDateChanges;
        this.reassignments = reassignments;
        this.access = access;
        this.policy = policy;
        this.schedule = schedule;
        this.origins = origins;
        this.notices = notices;
        this.directory = directory;
        this.deadlines = deadlines;
        this.dates = dates;
        this.audit = audit;
        this.events = events;
        this.retry = retry;
        this.clock = clock;
    }

    @Transactional
    public Action raise(String username, String title, Long ownerPersonId, Long ownerAgencyId, LocalDate dueDate) {
        return raise(username, title, ownerPersonId, ownerAgencyId, dueDate, null);
    }

    /** An action set at a meeting: the dashboard can then be filtered by the kind of meeting. */
    @Transactional
    public Action raise(String username, String title, Long ownerPersonId, Long ownerAgencyId, LocalDate dueDate, MeetingReference meeting) {
        Text.required(title, "title", "Say what needs to be done.");
        requireOneOwner(ownerPersonId, ownerAgencyId);
        requireNotPast(dueDate);
        if (meeting != null) {
            origins.stream().flatMap(origin -> origin.closedToActions(meeting.meetingId()).stream()).findFirst().ifPresent(why -> {
                throw new ConflictException(why);
            });
        }
        Action action = actions.save(Action.raise(title.trim(), ownerPersonId, ownerAgencyId, dueDate, username, clock.instant(), meeting));
        audit.record(username, "action.raised", ENTITY, action.getId(), Map.of("dueDate", dueDate.toString(),
                "ownerPersonId", String.valueOf(ownerPersonId), "ownerAgencyId", String.valueOf(ownerAgencyId)));
        notices.assigned(action);
        events.publishEvent(new ActionRaised(action.getId()));
        return action;
    }

    /**
     * These actions, by id, in one query: for a module that carries its own actions forward (a locality meeting's, about
     * its subjects) and shows them to those its own rules allow.
     */
    @Transactional(readOnly = true)
    public List<Action> actions(Collection<Long> ids) {
        return actions.findAllById(ids);
    }

    /** Who owns an action, by name: the person, or the agency; empty if neither is in the directory any more. */
    @Transactional(readOnly = true)
    public String ownerName(Action action) {
        return action.getOwnerPersonId() != null ? directory.findPerson(action.getOwnerPersonId()).map(Person::displayName).orElse("")
                : directory.findAgency(action.getOwnerAgencyId()).map(Agency::name).orElse("");
    }

    /** Of these actions, those the person may see: for a page that links to many (a locality meeting's agenda). */
    @Transactional(readOnly = true)
    public Set<Long> visibleAmong(String username, Collection<Long> ids) {
        return access.visibleAmong(person(username), actions.findAllById(ids));
    }

    /** Whether the person may see the action: for pages that link to it from elsewhere. */
    @Transactional(readOnly = true)
    public boolean isVisibleTo(String username, long actionId) {
        return actions.findById(actionId).map(action -> access.rights(person(username), action).view()).orElse(false);
    }

    /** The action, if the person may see it; to anyone else it does not exist. */
    @Transactional(readOnly = true)
    public Action visibleTo(String username, long actionId) {
        return require(username, actionId, rights -> true);
    }

    public Action complete(String username, long actionId, ActionOutcome outcome, String note) {
        return retry.inTransaction(() -> completeAs(username, requireOpen(username, actionId, ActionRights::complete), outcome, note));
    }

    /** Completion through a signed e-mail link: the link itself is the proof that the owner sent it. */
    public Action completeThroughLink(long actionId, ActionOutcome outcome, String note) {
        return retry.inTransaction(() -> {
            Action action = find(actionId);
            return completeAs("e-mail link to " + notices.ownerAddress(action), action, outcome, note);
        });
    }

    public Action cancel(String username, long actionId, String reason) {
        return retry.inTransaction(() -> {
            Action action = requireOpen(username, actionId, ActionRights::cancel);
            Text.required(reason, "reason", "Say why the action is being cancelled.");
            action.cancel(reason, clock.instant());
            actions.save(action);
            audit.record(username, "action.cancelled", ENTITY, actionId, Map.of("reason", reason));
            events.publishEvent(new ActionClosed(actionId));
            return action;
        });
    }

    public Action extend(String username, long actionId, LocalDate newDueDate, String reason) {
        return retry.inTransaction(() -> {
            Action action = requireOpen(username, actionId, ActionRights::manage);
            Text.required(reason, "reason", "Say why the due date is changing.");
            requireNotPast(newDueDate);
            if (!newDueDate.isAfter(action.getDueDate())) {
                throw new InvalidRequestException("dueDate", "The new due date must be after the current one (" + dates.date(action.getDueDate()) + ").");
            }
            LocalDate previous = action.getDueDate();
            dueDateChanges.save(new ActionDueDateChange(null, actionId, previous, newDueDate, reason, username, clock.instant()));
            action.reschedule(newDueDate);
            actions.save(action);
            audit.record(username, "action.extended", ENTITY, actionId, Map.of("from", previous.toString(), "to", newDueDate.toString()));
            events.publishEvent(new ActionRescheduled(actionId));
            return action;
        });
    }

    public Action reassign(String username, long actionId, Long toPersonId, Long toAgencyId, String reason) {
        return retry.inTransaction(() -> {
            Action action = requireOpen(username, actionId, ActionRights::manage);
            requireOneOwner(toPersonId, toAgencyId);
            if (Objects.equals(toPersonId, action.getOwnerPersonId()) && Objects.equals(toAgencyId, action.getOwnerAgencyId())) {
                throw new InvalidRequestException("owner", "The action already belongs to them: choose someone else.");
            }
            Text.required(reason, "reason", "Say why the action is being reassigned.");
            reassignments.save(new ActionReassignment(null, actionId, action.getOwnerPersonId(), action.getOwnerAgencyId(),
                    toPersonId, toAgencyId, reason, username, clock.instant()));
            Map<String, Object> change = new HashMap<>();
            change.put("fromPersonId", String.valueOf(action.getOwnerPersonId()));
            change.put("fromAgencyId", String.valueOf(action.getOwnerAgencyId()));
            change.put("toPersonId", String.valueOf(toPersonId));
            change.put("toAgencyId", String.valueOf(toAgencyId));
            action.reassign(toPersonId, toAgencyId);
            actions.save(action);
            audit.record(username, "action.reassigned", ENTITY, actionId, change);
            notices.assigned(action);
            return action;
        });
    }

    public ActionEscalation acknowledge(String username, long escalationId) {
        return retry.inTransaction(() -> {
            ActionEscalation escalation = escalations.findById(escalationId)
                    .orElseThrow(() -> new NotFoundException("There is no escalation " + escalationId));
            Person person = person(username);
            Action action = find(escalation.actionId());
            if (!access.canAcknowledge(person, action, escalation)) {
                if (!access.rights(person, action).view()) {
                    throw new NotFoundException("There is no escalation " + escalationId);
                }
                throw new AccessDeniedException("not the escalation's recipient or above them");
            }
            if (escalation.isAcknowledged()) {
                throw new ConflictException("This escalation was already acknowledged by " + escalation.acknowledgedBy() + ".");
            }
            ActionEscalation acknowledged = escalations.save(escalation.acknowledge(username, clock.instant()));
            audit.record(username, "escalation.acknowledged", ESCALATION, escalationId, Map.of("actionId", escalation.actionId()));
            return acknowledged;
        });
    }

    /** A page of the actions the person may see, newest first, with or without one status: the API's list. */
    @Transactional(readOnly = true)
    public List<Action> visibleActions(String username, ActionStatus status, int page, int size) {
        Person me = person(username);
        OversightScope scope = policy.oversight(me);
        List<Long> people = new ArrayList<>(scope.people());
        List<Long> agencies = new ArrayList<>(scope.agencies());
        people.add(-1L);
        agencies.add(-1L);
        return actions.findSeenBy(me.id(), me.username(), me.agencyId(), scope.everything() || me.hasRole(Role.AUDITOR), people, agencies,
                        status == null ? null : status.name(), size, (long) page * size).stream()
                .filter(action -> access.rights(me, action).view()).toList();
    }

    /** The actions set at these meetings that the person may see: for the pages of the children the meetings were about. */
    @Transactional(readOnly = true)
    public List<Action> setAt(String username, List<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        Person me = person(username);
        return actions.findByMeetings(meetingIds).stream().filter(action -> access.rights(me, action).view()).toList();
    }

    /** The action with its history and what the person may do with it, if they may see it. The reading is audited. */
    @Transactional
    public ActionDetails details(String username, long actionId) {
        Person person = person(username);
        Action action = require(person, actionId, rights -> true);
        audit.record(username, "action.read", ENTITY, actionId, Map.of());
        return new ActionDetails(action, access.rights(person, action), schedule.datesFor(action),
                action.getMeetingId() == null ? null : origins.stream().map(o -> o.originOf(action.getMeetingId(), username)).findFirst().orElse(null),
                escalations.findByActionIdOrderById(actionId).stream()
                        .map(e -> new ActionDetails.Escalation(e, access.canAcknowledge(person, action, e))).toList(),
                dueDateChanges.findByActionIdOrderById(actionId), reassignments.findByActionIdOrderById(actionId));
    }

    private Action completeAs(String actor, Action action, ActionOutcome outcome, String note) {
        requireOpen(action);
        if (outcome == null) {
            throw new InvalidRequestException("outcome", "Choose what happened.");
        }
        if (outcome != ActionOutcome.DONE) {
            Text.required(note, "note", "Say why the action was not done.");
        }
        action.complete(outcome, note, clock.instant(), clock.instant().isBefore(deadlines.endOf(action.getDueDate())));
        actions.save(action);
        audit.record(actor, "action.completed", ENTITY, action.getId(), Map.of("outcome", outcome.name()));
        events.publishEvent(new ActionClosed(action.getId()));
        return action;
    }

    private void requireOneOwner(Long personId, Long agencyId) {
        if ((personId == null) == (agencyId == null)) {
            throw new InvalidRequestException("owner", "Choose who owns the action: a person or an agency.");
        }
        if (personId != null ? directory.findPerson(personId).isEmpty() : directory.findAgency(agencyId).isEmpty()) {
            throw new InvalidRequestException("owner", "Choose who owns the action from the list.");
        }
    }

    private void requireNotPast(LocalDate dueDate) {
        if (dueDate == null) {
            throw new InvalidRequestException("dueDate", "Enter the date it is due by.");
        }
        if (dueDate.isBefore(deadlines.today(clock))) {
            throw new InvalidRequestException("dueDate", "The due date " + dates.date(dueDate) + " is in the past.");
        }
    }

    private static void requireOpen(Action action) {
        if (!action.isOpen()) {
            throw new ConflictException("This action is already " + action.getStatus().name().toLowerCase() + ".");
        }
    }

    /** As {@link #require}, for a change that only an open action can take (a closed one is a conflict, not a refusal). */
    private Action requireOpen(String username, long actionId, Predicate<ActionRights> allowed) {
        Person person = person(username);
        Action action = require(person, actionId, rights -> true);
        requireOpen(action);
        return check(person, action, allowed);
    }

    private Action require(String username, long actionId, Predicate<ActionRights> allowed) {
        return require(person(username), actionId, allowed);
    }

    private Action require(Person person, long actionId, Predicate<ActionRights> allowed) {
        return check(person, find(actionId), allowed);
    }

    /** The action, if the person may do this with it: one they may not see is not found; one they may see is forbidden. */
    private Action check(Person person, Action action, Predicate<ActionRights> allowed) {
        ActionRights rights = access.rights(person, action);
        if (!rights.view()) {
            throw new NotFoundException("There is no action " + action.getId());
        }
        if (!allowed.test(rights)) {
            throw new AccessDeniedException("not allowed");
        }
        return action;
    }

    private Action find(long actionId) {
        return actions.findById(actionId).orElseThrow(() -> new NotFoundException("There is no action " + actionId));
    }

    private Person person(String username) {
        return directory.personByUsername(username).orElseThrow(() -> new AccessDeniedException("unknown user"));
    }
}
