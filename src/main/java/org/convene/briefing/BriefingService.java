package org.convene.briefing;

import java.io.Reader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.convene.access.AccessPolicy;
import org.convene.access.BriefingRights;
import org.convene.action.Action;
import org.convene.action.ActionService;
import org.convene.audit.AuditTrail;
import org.convene.calendar.CouncilTime;
import org.convene.calendar.Deadlines;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.shared.ConflictException;
import org.convene.shared.InvalidRequestException;
import org.convene.shared.Limits;
import org.convene.shared.NotFoundException;
import org.convene.shared.Text;
import org.convene.strategy.NewConcern;
import org.convene.strategy.StrategyCase;
import org.convene.strategy.StrategyService;
import org.convene.subject.Subject;
import org.convene.subject.SubjectKind;
import org.convene.subject.Subjects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incident log and the daily briefings: logging incidents (one at a time, or a CSV export all or nothing), the
 * briefing of a day with its agenda, triaging each incident, and recording who attended. Who may do what is
 * {@link AccessPolicy#briefing}'s to decide, on every call.
 */
@Service
public class BriefingService {

    static final String CASE_TYPE = "INCIDENT";
    static final String ENTITY = "incident";
    static final String BRIEFING = "daily-briefing";

    private final IncidentRepository incidents;
    private final DailyBriefingRepository briefings;
    private final BriefingSchedule schedule;
    private final BriefingSettings settings;
    private final Subjects subjects;
    private final StrategyService strategies;
    private final ActionService actions;
    private final AccessPolicy policy;
    private final Directory directory;
    private final Deadlines deadlines;
    private final CouncilTime dates;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BriefingService(IncidentRepository incidents, DailyBriefingRepository briefings, BriefingSchedule schedule, BriefingSettings settings,
                    Subjects subjects, StrategyService strategies, ActionService actions, AccessPolicy policy, Directory directory,
                    Deadlines deadlines, CouncilTime dates, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.incidents = incidents;
        this.briefings = briefings;
        this.schedule = schedule;
        this.settings = settings;
        this.subjects = subjects;
        this.strategies = strategies;
        this.actions = actions;
        this.policy = policy;
        this.directory = directory;
        this.deadlines = deadlines;
        this.dates = dates;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What the person may do with the briefings and the log. */
    public BriefingRights rightsOf(String username) {
        Person person = person(username);
        return policy.briefing(person, isStandingMember(person));
    }

    /** Refuses someone who may not log incidents: for the pages that offer and take the forms, before they check what was typed. */
    public void requireToLog(String username) {
        require(username, BriefingRights::log);
    }

    /** Refuses someone who may not triage: for the pages that take a decision or attendance, before they check what was typed. */
    public void requireToTriage(String username) {
        require(username, BriefingRights::triage);
    }

    /** Logs one incident, from the form or the API. The same police reference twice is refused: it is already in the log. */
    @Transactional
    public Incident log(String username, NewIncident report, IncidentSource source) {
        Person person = require(username, BriefingRights::log);
        NewIncident checked = checked(report, person);
        if (incidents.findByPoliceReference(checked.policeReference()).isPresent()) {
            throw new ConflictException("An incident with this police reference is already in the log.");
        }
        return store(username, checked, source);
    }

    /**
     * Logs every incident of a CSV export (its layout is {@link IncidentCsv}'s), all or nothing: one bad row, or a
     * reference already in the log, and nothing is kept; every problem comes back by its row.
     */
    @Transactional
    public int importCsv(String username, Reader csv, Long reportingAgencyId) {
        Person person = require(username, BriefingRights::log);
        long agency = reportingAgency(reportingAgencyId, person);
        IncidentCsv.Parsed parsed = IncidentCsv.parse(csv, agency, dates.zone(), deadlines.today(clock));
        List<IncidentCsv.RowError> errors = new ArrayList<>(parsed.errors());
        Set<String> inTheLog = knownReferences(parsed.rows().stream().map(row -> row.incident().policeReference()).toList());
        parsed.rows().stream().filter(row -> inTheLog.contains(row.incident().policeReference()))
                .forEach(row -> errors.add(new IncidentCsv.RowError(row.row(), IncidentCsv.REFERENCE, "This incident is already in the log.")));
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingLong(IncidentCsv.RowError::row));
            throw new CsvRejectedException(errors);
        }
        if (parsed.rows().isEmpty()) {
            throw new InvalidRequestException("file", "The file has no incidents in it: check it is the export, with its header row.");
        }
        Instant now = clock.instant();
        List<Incident> stored = incidents.saveAll(parsed.rows().stream()
                .map(row -> Incident.logged(row.incident(), IncidentSource.CSV, username, now, schedule.triageDueBy(now))).toList());
        Map<String, Subject> known = new HashMap<>();
        Map<Long, List<Subject>> involved = new LinkedHashMap<>();
        for (int i = 0; i < stored.size(); i++) {
            NewIncident report = parsed.rows().get(i).incident();
            audited(username, stored.get(i), report);
            List<Subject> named = involved(report, known);
            if (!named.isEmpty()) {
                involved.put(stored.get(i).getId(), named);
            }
        }
        subjects.addToCases(username, CASE_TYPE, involved);
        audit.record(username, "incident.csv-imported", ENTITY, "csv", Map.of("incidents", stored.size(), "reportingAgencyId", agency));
        return stored.size();
    }

    private Set<String> knownReferences(List<String> references) {
        return new HashSet<>(incidents.findKnownReferences(references.toArray(String[]::new)));
    }

    private Incident store(String username, NewIncident report, IncidentSource source) {
        Instant now = clock.instant();
        Incident incident = incidents.save(Incident.logged(report, source, username, now, schedule.triageDueBy(now)));
        audited(username, incident, report);
        List<Subject> named = involved(report, new HashMap<>());
        if (!named.isEmpty()) {
            subjects.addToCase(username, CASE_TYPE, incident.getId(), named);
        }
        return incident;
    }

    private void audited(String username, Incident incident, NewIncident report) {
        audit.record(username, "incident.logged", ENTITY, incident.getId(), Map.of("kind", report.kind().name(), "source", incident.getSource().name(),
                "reportingAgencyId", report.reportingAgencyId(), "children", report.children().size(), "peerGroups", report.peerGroups().size()));
    }

    /**
     * The subjects a report names, each matched once through {@code known} (by kind, name and date of birth), so that a
     * subject named again, in this report or a later one of the same upload, is the same object. A child named without a
     * date of birth is always a new subject.
     */
    private List<Subject> involved(NewIncident report, Map<String, Subject> known) {
        Set<Subject> once = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Subject> named = new ArrayList<>();
        for (NewIncident.NamedChild child : report.children()) {
            Subject subject = child.dateOfBirth() == null ? subjects.knownOrNew(SubjectKind.CHILD, child.name(), null)
                    : known.computeIfAbsent(SubjectKind.CHILD + "|" + child.name().trim().toLowerCase(Locale.ROOT) + "|" + child.dateOfBirth(),
                            key -> subjects.knownOrNew(SubjectKind.CHILD, child.name(), child.dateOfBirth()));
            if (once.add(subject)) {
                named.add(subject);
            }
        }
        for (String group : report.peerGroups()) {
            Subject subject = known.computeIfAbsent(SubjectKind.PEER_GROUP + "|" + group.trim().toLowerCase(Locale.ROOT),
                    key -> subjects.knownOrNew(SubjectKind.PEER_GROUP, group, null));
            if (once.add(subject)) {
                named.add(subject);
            }
        }
        return named;
    }

    private NewIncident checked(NewIncident report, Person person) {
        Text.required(report.policeReference(), "policeReference", "Enter the police reference.");
        if (report.policeReference().trim().length() > Limits.REFERENCE) {
            throw new InvalidRequestException("policeReference", "Give the police reference in " + Limits.REFERENCE + " characters or fewer.");
        }
        if (report.occurredAt() == null) {
            throw new InvalidRequestException("occurredAt", "Enter when the incident happened.");
        }
        if (report.occurredAt().isAfter(clock.instant().plus(Duration.ofMinutes(5)))) {
            throw new InvalidRequestException("occurredAt", "When the incident happened cannot be in the future.");
        }
        if (report.kind() == null) {
            throw new InvalidRequestException("kind", "Choose the kind of incident.");
        }
        Text.required(report.circumstances(), "circumstances", "Describe the circumstances briefly.");
        LocalDate today = deadlines.today(clock);
        for (NewIncident.NamedChild child : report.children()) {
            Text.required(child.name(), "children", "Name each child involved.");
            if (child.dateOfBirth() != null && child.dateOfBirth().isAfter(today)) {
                throw new InvalidRequestException("children", "A child's date of birth cannot be in the future.");
            }
        }
        if (report.peerGroups().stream().anyMatch(group -> group == null || group.isBlank())) {
            throw new InvalidRequestException("peerGroups", "Name each peer group involved.");
        }
        return new NewIncident(report.policeReference().trim(), report.occurredAt(), report.kind(), report.circumstances(), report.location(),
                reportingAgency(report.reportingAgencyId(), person), report.children(), report.peerGroups());
    }

    /** The agency chosen, or else the person's own. */
    private long reportingAgency(Long chosen, Person person) {
        if (chosen == null) {
            return person.agencyId();
        }
        if (directory.findAgency(chosen).isEmpty()) {
            throw new InvalidRequestException("reportingAgencyId", "Choose the reporting agency from the list.");
        }
        return chosen;
    }

    /**
     * Records the briefing's decision on an incident, and does what it decides: raises a strategy discussion about the
     * incident's children (linked both ways), sets an action, or links the incident to a subject under review.
     */
    @Transactional
    public Incident triage(String username, long incidentId, Triage triage) {
        Person person = require(username, BriefingRights::triage);
        Incident incident = incidents.findById(incidentId).orElseThrow(() -> new NotFoundException("There is no incident " + incidentId));
        if (incident.isTriaged()) {
            throw new ConflictException("This incident has already been triaged.");
        }
        if (triage.decision() == null) {
            throw new InvalidRequestException("decision", "Choose what the briefing decided.");
        }
        String note = Text.orNull(triage.note());
        if (note != null && note.length() > Limits.REASON) {
            throw new InvalidRequestException("note", "Keep the note to " + Limits.REASON + " characters or fewer.");
        }
        Long strategyCaseId = null;
        Long actionId = null;
        Long localityId = null;
        Long subjectId = null;
        switch (triage.decision()) {
            case NO_FURTHER_ACTION -> Text.required(note, "note", "Say why no further action is needed.");
            case FRONT_DOOR -> {
            }
            case STRATEGY_DISCUSSION -> strategyCaseId = raiseStrategyDiscussion(username, person, incident).getId();
            case LOCALITY_MEETING -> {
                if (triage.localityId() == null || directory.findLocality(triage.localityId()).isEmpty()) {
                    throw new InvalidRequestException("localityId", "Choose the locality whose meeting it goes to.");
                }
                localityId = triage.localityId();
            }
            case SUBJECT_UNDER_REVIEW -> {
                if (triage.subjectId() == null || !subjects.isVisibleTo(username, triage.subjectId())) {
                    throw new InvalidRequestException("subjectId", "Choose the subject under review from the list.");
                }
                subjectId = triage.subjectId();
                if (subjects.ofCase(CASE_TYPE, incidentId).stream().noneMatch(s -> s.id().equals(triage.subjectId()))) {
                    subjects.addToCase(username, CASE_TYPE, incidentId, List.of(subjects.subject(triage.subjectId())));
                }
            }
            case ACTION -> actionId = setAction(username, triage).getId();
        }
        incident.triage(triage.decision(), note, username, clock.instant(), strategyCaseId, actionId, localityId, subjectId);
        incidents.save(incident);
        audit.record(username, "incident.triaged", ENTITY, incidentId, Map.of("decision", triage.decision().name(),
                "strategyCaseId", String.valueOf(strategyCaseId), "actionId", String.valueOf(actionId), "localityId", String.valueOf(localityId),
                "subjectId", String.valueOf(subjectId)));
        return incident;
    }

    private StrategyCase raiseStrategyDiscussion(String username, Person person, Incident incident) {
        List<Subject> children = subjects.ofCase(CASE_TYPE, incident.getId()).stream().filter(s -> s.kind() == SubjectKind.CHILD).toList();
        if (children.isEmpty()) {
            throw new InvalidRequestException("decision", "A strategy discussion is about children, and this incident names none.");
        }
        String concern = "Raised at the daily incident briefing from police reference " + incident.getPoliceReference() + " ("
                + incident.getKind().label().toLowerCase() + ", " + dates.dateTime(incident.getOccurredAt()) + "): " + incident.getCircumstances();
        return strategies.raise(username, new NewConcern(concern.length() > Limits.CONCERN ? concern.substring(0, Limits.CONCERN) : concern,
                person.displayName(), person.agencyId(), person.email(), children, null));
    }

    private Action setAction(String username, Triage triage) {
        Text.required(triage.actionTitle(), "actionTitle", "Say what needs to be done.");
        if (triage.actionTitle().trim().length() > Limits.TITLE) {
            throw new InvalidRequestException("actionTitle", "Keep the action to " + Limits.TITLE + " characters or fewer.");
        }
        if ((triage.actionOwnerPersonId() == null) == (triage.actionOwnerAgencyId() == null)) {
            throw new InvalidRequestException("actionOwner", "Choose who will do it: a person or an agency.");
        }
        if (triage.actionOwnerPersonId() != null && directory.findPerson(triage.actionOwnerPersonId()).filter(Person::active).isEmpty()) {
            throw new InvalidRequestException("actionOwner", "Choose who will do it from the list.");
        }
        if (triage.actionOwnerAgencyId() != null && directory.findAgency(triage.actionOwnerAgencyId()).isEmpty()) {
            throw new InvalidRequestException("actionOwner", "Choose who will do it from the list.");
        }
        if (triage.actionDueDate() == null || triage.actionDueDate().isBefore(deadlines.today(clock))) {
            throw new InvalidRequestException("actionDueDate", "Give a due date, today or later.");
        }
        return actions.raise(username, triage.actionTitle(), triage.actionOwnerPersonId(), triage.actionOwnerAgencyId(), triage.actionDueDate());
    }

    /** Records who was at a day's briefing (the chair or a standing member records it, during or after it). */
    @Transactional
    public DailyBriefing recordAttendance(String username, long briefingId, Collection<Long> present) {
        require(username, BriefingRights::triage);
        DailyBriefing briefing = briefings.findById(briefingId).orElseThrow(() -> new NotFoundException("There is no briefing " + briefingId));
        Set<Long> people = new HashSet<>(present);
        if (people.size() > Limits.INVITEES || people.stream().anyMatch(id -> directory.findPerson(id).isEmpty())) {
            throw new InvalidRequestException("attendees", "Choose who attended from the list.");
        }
        briefing.recordAttendance(people, username, clock.instant());
        briefings.save(briefing);
        audit.record(username, "briefing.attendance-recorded", BRIEFING, briefingId, Map.of("attendees", people.size()));
        return briefing;
    }

    /**
     * The next briefing still to come, scheduled if it is not yet: its process starts once this commits. After Convene
     * has been stopped for days, that is the next one from now, not one for each day missed: the end-of-day check of the
     * briefing that ran flags everything late since.
     */
    @Transactional
    DailyBriefing scheduleNext() {
        return scheduled(schedule.nextBriefingDate(clock.instant()));
    }

    private DailyBriefing scheduled(LocalDate date) {
        return briefings.findByBriefingDate(date).orElseGet(() -> {
            DailyBriefing briefing = briefings.save(DailyBriefing.scheduled(date, schedule.startsAt(date), schedule.coversFrom(date)));
            audit.record(AuditTrail.SYSTEM, "briefing.scheduled", BRIEFING, briefing.getId(), Map.of("date", date.toString()));
            events.publishEvent(new BriefingEvents.Scheduled(briefing.getId()));
            return briefing;
        });
    }

    /**
     * Today's briefing (on a day off, the next working day's) as the person sees it: its agenda (every incident logged
     * since the last briefing, or so far) and the incidents from before it still waiting for a decision. Reading the log is
     * audited: it is police and partner information.
     */
    @Transactional
    public BriefingView today(String username) {
        return briefingOn(username, schedule.briefingDayOf(dates.dateOf(clock.instant())));
    }

    /** A working day's briefing as the person sees it. One not yet scheduled (a future date, past the next) does not exist. */
    @Transactional
    public BriefingView briefingOn(String username, LocalDate date) {
        BriefingRights rights = rights(person(username), BriefingRights::view);
        Instant now = clock.instant();
        boolean dueToExist = date.equals(schedule.briefingDayOf(dates.dateOf(now))) || date.equals(schedule.nextBriefingDate(now));
        DailyBriefing briefing = briefings.findByBriefingDate(date).or(() -> dueToExist ? Optional.of(scheduled(date)) : Optional.empty())
                .orElseThrow(() -> new NotFoundException("There is no briefing on " + date));
        audit.record(username, "briefing.read", BRIEFING, briefing.getId(), Map.of());
        List<Incident> agenda = incidents.findLoggedBetween(briefing.getCoversFrom(), briefing.getStartsAt());
        List<Incident> waiting = incidents.findUntriagedBefore(briefing.getCoversFrom());
        // Today's briefing, once begun, also shows what has been logged since, which waits for the next one.
        boolean todaysHasBegun = date.equals(schedule.briefingDayOf(dates.dateOf(now))) && !now.isBefore(briefing.getStartsAt());
        List<Incident> since = todaysHasBegun ? incidents.findLoggedBetween(briefing.getStartsAt(), now.plusSeconds(1)) : List.of();
        Map<Long, List<Subject>> involved = involved(Stream.of(agenda, waiting, since).flatMap(List::stream).toList());
        Optional<LocalDate> previous = briefings.findByBriefingDate(dates.dateOf(briefing.getCoversFrom())).map(DailyBriefing::getBriefingDate);
        return new BriefingView(briefing, previous, lines(agenda, involved), lines(waiting, involved), lines(since, involved), rights, members());
    }

    private Map<Long, List<Subject>> involved(List<Incident> shown) {
        return subjects.ofCases(CASE_TYPE, shown.stream().map(Incident::getId).toList());
    }

    private List<IncidentLine> lines(List<Incident> list, Map<Long, List<Subject>> involved) {
        return list.stream().map(incident -> new IncidentLine(incident, involved.getOrDefault(incident.getId(), List.of()),
                directory.agency(incident.getReportingAgencyId()).name())).toList();
    }

    /** The chair and standing members, as configured and found in the directory: whom attendance is recorded from. */
    public List<Person> members() {
        List<Person> members = new ArrayList<>();
        Stream.concat(Stream.ofNullable(settings.chair()), settings.members().stream()).distinct()
                .forEach(username -> directory.personByUsername(username).filter(Person::active).ifPresent(members::add));
        return members;
    }

    /**
     * The incidents of a period for a locality's meeting: those the briefing sent to it, and those involving a subject it
     * has under review. For the locality module, which shows them to those its own rules allow; whoever was involved whom
     * the reader may not see (a child referred only to another locality's meeting, say) is withheld.
     */
    @Transactional(readOnly = true)
    public List<IncidentLine> forLocalityMeeting(String username, long localityId, Collection<Long> subjectIds, Instant from, Instant to) {
        List<Incident> found = incidents.findForLocality(localityId, subjectIds.toArray(Long[]::new), from, to);
        Map<Long, List<Subject>> involved = new HashMap<>(involved(found));
        involved.replaceAll((incidentId, named) -> subjects.asSeenBy(username, named));
        return lines(found, involved);
    }

    /** One incident, with the children and peer groups involved. Reading it is audited. */
    @Transactional
    public IncidentLine incident(String username, long incidentId) {
        require(username, BriefingRights::view);
        Incident incident = incidents.findById(incidentId).orElseThrow(() -> new NotFoundException("There is no incident " + incidentId));
        audit.record(username, "incident.read", ENTITY, incidentId, Map.of());
        return new IncidentLine(incident, subjects.ofCase(CASE_TYPE, incidentId), directory.agency(incident.getReportingAgencyId()).name());
    }

    /** The log, newest first, a page at a time. */
    @Transactional
    public List<Incident> log(String username, int page, int size) {
        require(username, BriefingRights::view);
        audit.record(username, "incident.log-read", ENTITY, "log", Map.of("page", page));
        return incidents.findPage(size, (long) page * size);
    }

    /** Whether the person sees the log: for other modules' pages (the subject page's incidents). */
    @Transactional(readOnly = true)
    public boolean seesTheLog(String username) {
        return directory.personByUsername(username).map(person -> policy.briefing(person, isStandingMember(person)).view()).orElse(false);
    }

    private boolean isStandingMember(Person person) {
        return person.active() && (person.username().equals(settings.chair()) || settings.members().contains(person.username()));
    }

    private Person require(String username, Predicate<BriefingRights> allowed) {
        Person person = person(username);
        rights(person, allowed);
        return person;
    }

    /** The person's rights, when they allow {@code allowed}. To anyone who may not see the log, it does not exist. */
    private BriefingRights rights(Person person, Predicate<BriefingRights> allowed) {
        BriefingRights rights = policy.briefing(person, isStandingMember(person));
        if (!rights.view()) {
            throw new NotFoundException("There are no daily briefings to see");
        }
        if (!allowed.test(rights)) {
            throw new AccessDeniedException("not allowed");
        }
        return rights;
    }

    private Person person(String username) {
        return directory.personByUsername(username).orElseThrow(() -> new AccessDeniedException("unknown user"));
    }

    /** A day's briefing as one reader sees it. */
    public record BriefingView(DailyBriefing briefing, Optional<LocalDate> previous, List<IncidentLine> agenda, List<IncidentLine> waiting,
                               List<IncidentLine> since, BriefingRights rights, List<Person> members) {
    }

    /** An incident with the subjects involved and the reporting agency's name. */
    public record IncidentLine(Incident incident, List<Subject> involved, String agencyName) {
    }
}
