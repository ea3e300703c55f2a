package org.convene.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.convene.access.AccessPolicy;
import org.convene.access.AssessmentRights;
import org.convene.action.Action;
import org.convene.action.ActionService;
import org.convene.audit.AuditTrail;
import org.convene.calendar.CouncilTime;
import org.convene.calendar.Deadlines;
import org.convene.calendar.Timescales;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.shared.ConflictException;
import org.convene.shared.InvalidRequestException;
import org.convene.shared.Limits;
import org.convene.shared.NotFoundException;
import org.convene.shared.Text;
import org.convene.subject.Subject;
import org.convene.subject.SubjectKind;
import org.convene.subject.Subjects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Peer group and location assessments: started at a locality meeting, recorded and planned by their lead, reviewed at
 * later meetings, closed with an outcome. Who may do what is {@link AccessPolicy#assessment}'s to decide, on every call.
 */
@Service
public class AssessmentService {

    static final String ENTITY = "context-assessment";

    private final ContextAssessmentRepository assessments;
    private final PlanActionRepository planActions;
    private final ActionService actions;
    private final Subjects subjects;
    private final AccessPolicy policy;
    private final Directory directory;
    private final Deadlines deadlines;
    private final Timescales timescales;
    private final CouncilTime dates;
    private final AuditTrail audit;
    private final Clock clock;

    AssessmentService(ContextAssessmentRepository assessments, PlanActionRepository planActions, ActionService actions, Subjects subjects,
                      AccessPolicy policy, Directory directory, Deadlines deadlines, Timescales timescales, CouncilTime dates, AuditTrail audit,
                      Clock clock) {
        this.assessments = assessments;
        this.planActions = planActions;
        this.actions = actions;
        this.subjects = subjects;
        this.policy = policy;
        this.directory = directory;
        this.deadlines = deadlines;
        this.timescales = timescales;
        this.dates = dates;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Starts an assessment of a peer group or a location, decided at a locality series' meeting, in that decision's
     * transaction: led by {@code leadId}, due by {@code dueDate} (by default the configured timescale from today). A
     * subject has one open assessment at a time. Problems name the deciding form's fields.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ContextAssessment start(String username, long subjectId, Long seriesId, Long leadId, LocalDate dueDate) {
        Subject subject = subjects.subject(subjectId);
        if (subject.kind() == SubjectKind.CHILD) {
            throw new InvalidRequestException("decision", "An assessment is of a peer group or a location, not of a child.");
        }
        Person lead = leadId == null ? null : directory.findPerson(leadId).filter(Person::active).orElse(null);
        if (lead == null) {
            throw new InvalidRequestException("assessmentLead", "Choose who leads the assessment.");
        }
        LocalDate today = deadlines.today(clock);
        LocalDate due = dueDate != null ? dueDate : dates.dateOf(deadlines.after(today, timescales.contextAssessment()));
        if (!due.isAfter(today)) {
            throw new InvalidRequestException("assessmentDue", "The assessment must be due after today.");
        }
        if (!assessments.findOpenAbout(new Long[] {subjectId}).isEmpty()) {
            throw new ConflictException("This " + subject.kind().label().toLowerCase() + " already has an open assessment.");
        }
        ContextAssessment started = assessments.save(new ContextAssessment(null, subjectId, seriesId, lead.id(), due, null, null, null, null, null, null,
                null, null, username, clock.instant(), null, null));
        audit.record(username, "assessment.started", ENTITY, started.id(), Map.of("subjectId", subjectId, "leadId", lead.id(),
                "dueDate", due.toString(), "seriesId", String.valueOf(seriesId)));
        return started;
    }

    /** An assessment with its subject, lead and plan, for someone who may read it: the reading is audited. */
    @Transactional
    public AssessmentView read(String username, long id) {
        Person person = person(username);
        ContextAssessment found = find(id);
        AssessmentRights rights = rights(person, found);
        if (!rights.view()) {
            throw new NotFoundException("There is no assessment " + id);
        }
        audit.record(username, "assessment.read", ENTITY, id, Map.of());
        return view(person, found, rights);
    }

    /** Refuses anyone who may not change the assessment: for the pages that take a change, before they check what was typed. */
    @Transactional(readOnly = true)
    public void requireToChange(String username, long id) {
        require(person(username), id, AssessmentRights::change);
    }

    /** The lead records what is known; any part may stay empty while it is being found out. */
    @Transactional
    public ContextAssessment record(String username, long id, WhatIsKnown known) {
        ContextAssessment found = requireOpen(username, id);
        if (known == null) {
            throw new InvalidRequestException("members", "Record what is known.");
        }
        WhatIsKnown trimmed = new WhatIsKnown(text(known.members(), "members"), text(known.times(), "times"), text(known.activities(), "activities"),
                text(known.risks(), "risks"), text(known.strengths(), "strengths"), text(known.safety(), "safety"), known.weighting());
        ContextAssessment saved = assessments.save(found.known(trimmed));
        audit.record(username, "assessment.recorded", ENTITY, id, Map.of("weighting", String.valueOf(known.weighting())));
        return saved;
    }

    /** The lead adds an action to the intervention plan: an action on the ladder, owned by an agency or a person. */
    @Transactional
    public Action addAction(String username, long id, String title, Long ownerPersonId, Long ownerAgencyId, LocalDate dueDate) {
        requireOpen(username, id);
        Action action = actions.raise(username, title, ownerPersonId, ownerAgencyId, dueDate);
        planActions.save(new PlanAction(null, id, action.getId()));
        audit.record(username, "assessment.action-added", ENTITY, id, Map.of("actionId", action.getId()));
        return action;
    }

    /** The lead closes the assessment with its outcome: what changed, and what happens to the group or place now. */
    @Transactional
    public ContextAssessment close(String username, long id, String outcome) {
        ContextAssessment found = requireOpen(username, id);
        String what = Text.required(outcome, "outcome", "Say what the outcome is.").trim();
        if (what.length() > Limits.ENTRY) {
            throw new InvalidRequestException("outcome", "Keep the outcome to " + Limits.ENTRY + " characters or fewer.");
        }
        ContextAssessment closed = assessments.save(found.closed(what, username, clock.instant()));
        audit.record(username, "assessment.closed", ENTITY, id, Map.of());
        return closed;
    }

    /** The open assessments the person may read, soonest due first: the Partnership Team's assessments due. */
    @Transactional(readOnly = true)
    public List<AssessmentView> due(String username) {
        Person person = person(username);
        List<AssessmentView> due = new ArrayList<>();
        for (ContextAssessment open : assessments.findOpen()) {
            AssessmentRights rights = rights(person, open);
            if (rights.view()) {
                due.add(view(person, open, rights));
            }
        }
        return due;
    }

    /**
     * The open assessment of each of these subjects, by subject id, for a locality meeting that reviews them: its reader
     * already sees the subjects on its agenda.
     */
    @Transactional(readOnly = true)
    public Map<Long, ContextAssessment> openAbout(Collection<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return Map.of();
        }
        return assessments.findOpenAbout(subjectIds.toArray(Long[]::new)).stream()
                .collect(Collectors.toMap(ContextAssessment::subjectId, a -> a, (first, second) -> first));
    }

    /** Whether the day is past the assessment's due date while it is open. */
    public boolean isOverdue(ContextAssessment assessment) {
        return assessment.isOpen() && assessment.dueDate().isBefore(deadlines.today(clock));
    }

    private AssessmentView view(Person person, ContextAssessment found, AssessmentRights rights) {
        List<Long> ids = planActions.findByAssessmentIdOrderById(found.id()).stream().map(PlanAction::actionId).toList();
        Set<Long> visible = actions.visibleAmong(person.username(), ids);
        List<PlanLine> plan = actions.actions(ids).stream().map(action -> new PlanLine(action.getId(), action.getTitle(), actions.ownerName(action),
                action.getDueDate(), action.isOpen(), action.isOpen() && action.getOverdueAt() != null, visible.contains(action.getId()))).toList();
        return new AssessmentView(found, subjects.subject(found.subjectId()), directory.person(found.leadId()), isOverdue(found), plan, rights);
    }

    private static String text(String value, String field) {
        String trimmed = Text.orNull(value);
        if (trimmed != null && trimmed.length() > Limits.ENTRY) {
            throw new InvalidRequestException(field, "Keep this to " + Limits.ENTRY + " characters or fewer.");
        }
        return trimmed;
    }

    private ContextAssessment requireOpen(String username, long id) {
        ContextAssessment found = require(person(username), id, AssessmentRights::change);
        if (!found.isOpen()) {
            throw new ConflictException("This assessment is closed.");
        }
        return found;
    }

    private ContextAssessment require(Person person, long id, Predicate<AssessmentRights> allowed) {
        ContextAssessment found = find(id);
        AssessmentRights rights = rights(person, found);
        if (!rights.view()) {
            throw new NotFoundException("There is no assessment " + id);
        }
        if (!allowed.test(rights)) {
            throw new AccessDeniedException("not allowed");
        }
        return found;
    }

    private ContextAssessment find(long id) {
        return assessments.findById(id).orElseThrow(() -> new NotFoundException("There is no assessment " + id));
    }

    private AssessmentRights rights(Person person, ContextAssessment found) {
        return policy.assessment(person, found.leadId(), person.id() != found.leadId() && subjects.isVisibleTo(person.username(), found.subjectId()));
    }

    private Person person(String username) {
        return directory.personByUsername(username).orElseThrow(() -> new AccessDeniedException("unknown user"));
    }

    /** An assessment as one reader sees it. */
    public record AssessmentView(ContextAssessment assessment, Subject subject, Person lead, boolean overdue, List<PlanLine> plan,
                                 AssessmentRights rights) {
    }

    /** An action of the plan: linked for a reader who may open it. */
    public record PlanLine(long actionId, String title, String owner, LocalDate dueDate, boolean open, boolean overdue, boolean visible) {
    }
}
