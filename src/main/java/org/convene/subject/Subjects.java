package org.convene.subject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.convene.access.AccessPolicy;
import org.convene.audit.AuditTrail;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.shared.InvalidRequestException;
import org.convene.shared.NotFoundException;
import org.convene.shared.Text;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subjects of concern: children named in a case, peer groups and locations, the links between them, and the page
 * of each, where everything about it that the reader may see meets. A subject is seen by whoever may see something
 * about it (a case, a meeting, an action), as {@link AccessPolicy#subject} decides.
 */
@Service
public class Subjects {

    static final String ENTITY = "subject";
    /** How many steps from its centre a peer map reaches, and how many subjects it holds at most. */
    static final int MAP_DEPTH = 2;
    static final int MAP_SIZE = 80;

    private final SubjectRepository subjects;
    private final SubjectCaseRepository cases;
    private final SubjectLinkRepository links;
    private final ObjectProvider<TimelineEntry.Source> sources;
    private final AccessPolicy policy;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;

    Subjects(SubjectRepository subjects, SubjectCaseRepository cases, SubjectLinkRepository links, ObjectProvider<TimelineEntry.Source> sources,
             AccessPolicy policy, Directory directory, AuditTrail audit, Clock clock) {
        this.subjects = subjects;
        this.cases = cases;
        this.links = links;
        this.sources = sources;
        this.policy = policy;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records the children a case is about, in the order they were named, and returns them stored. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Subject> addToCase(String username, String caseType, long caseId, List<Subject> named) {
        List<Subject> stored = new ArrayList<>();
        int position = subjects.findByCase(caseType, caseId).size();
        for (Subject subject : named) {
            Subject saved = subject.id() != null ? subject(subject.id())
                    : subjects.save(subject.recordedBy(username, clock.instant()));
            cases.save(new SubjectCase(null, saved.id(), caseType, caseId, position++, username, clock.instant()));
            audit.record(username, "subject.added-to-case", ENTITY, saved.id(), Map.of("caseType", caseType, "caseId", caseId));
            stored.add(saved);
        }
        return stored;
    }

    /**
     * Records the subjects of many new cases at once (an import of incidents): each subject not yet stored is stored
     * once, however many of the cases name it (the same object named again), in batches, with the same audit as
     * {@link #addToCase}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void addToCases(String username, String caseType, Map<Long, List<Subject>> byCase) {
        Instant now = clock.instant();
        Map<Subject, Subject> stored = new IdentityHashMap<>();
        Set<Subject> once = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Subject> unsaved = byCase.values().stream().flatMap(List::stream).filter(s -> s.id() == null && once.add(s)).toList();
        List<Subject> saved = subjects.saveAll(unsaved.stream().map(s -> s.recordedBy(username, now)).toList());
        for (int i = 0; i < unsaved.size(); i++) {
            stored.put(unsaved.get(i), saved.get(i));
        }
        List<SubjectCase> links = new ArrayList<>();
        byCase.forEach((caseId, named) -> {
            int position = 0;
            for (Subject subject : named) {
                long id = subject.id() != null ? subject.id() : stored.get(subject).id();
                links.add(new SubjectCase(null, id, caseType, caseId, position++, username, now));
            }
        });
        cases.saveAll(links);
        links.forEach(link -> audit.record(username, "subject.added-to-case", ENTITY, link.subjectId(),
                Map.of("caseType", caseType, "caseId", link.caseId())));
    }

    /** Stores a child named for a case that must know the child's id before it is stored itself (a missing episode). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Subject recordChild(String username, Subject named) {
        Subject saved = subjects.save(named.recordedBy(username, clock.instant()));
        audit.record(username, "subject.created", ENTITY, saved.id(), Map.of("kind", saved.kind().name()));
        return saved;
    }

    /** The subjects a case is about, in the order they were named. */
    @Transactional(readOnly = true)
    public List<Subject> ofCase(String caseType, long caseId) {
        return subjects.findByCase(caseType, caseId);
    }

    /** The subjects of many cases of one type, by case id, each in the order they were named: for lists, in two queries. */
    @Transactional(readOnly = true)
    public Map<Long, List<Subject>> ofCases(String caseType, Collection<Long> caseIds) {
        List<SubjectCase> links = cases.findByCases(caseType, caseIds.toArray(Long[]::new));
        Map<Long, Subject> byId = subjects(links.stream().map(SubjectCase::subjectId).collect(Collectors.toSet()));
        Map<Long, List<Subject>> byCase = new HashMap<>();
        links.forEach(link -> byCase.computeIfAbsent(link.caseId(), id -> new ArrayList<>()).add(byId.get(link.subjectId())));
        return byCase;
    }

    /** A child already known by its case reference (the council's case system's own id for the child). */
    @Transactional(readOnly = true)
    public Optional<Subject> childWithReference(String reference) {
        return subjects.findByKindAndReference(SubjectKind.CHILD, reference).stream().findFirst();
    }

    /**
     * A subject as a report names it (an incident's children and peer groups), matched to one already recorded (a child by
     * name and date of birth, a peer group or location by name, ignoring case), or made ready to store with its case. A
     * child named without a date of birth is always a new subject: two children can share a name.
     */
    @Transactional(readOnly = true)
    public Subject knownOrNew(SubjectKind kind, String name, LocalDate dateOfBirth) {
        String trimmed = name.trim();
        LocalDate born = kind == SubjectKind.CHILD ? dateOfBirth : null;
        Optional<Subject> known = kind == SubjectKind.CHILD
                ? Optional.ofNullable(born).flatMap(date -> subjects.findKnown(kind.name(), trimmed, date))
                : subjects.findKnown(kind.name(), trimmed);
        return known.orElseGet(() -> new Subject(null, kind, trimmed, born, null, null, null, null));
    }

    /** The subjects of these ids, by id, in one query: for lists. */
    @Transactional(readOnly = true)
    public Map<Long, Subject> subjects(Collection<Long> ids) {
        Map<Long, Subject> found = new HashMap<>();
        subjects.findAllById(ids).forEach(subject -> found.put(subject.id(), subject));
        return found;
    }

    @Transactional(readOnly = true)
    public Subject subject(long id) {
        return subjects.findById(id).orElseThrow(() -> new NotFoundException("There is no subject " + id));
    }

    /**
     * A subject's page for one reader: the subject, its links, and everything about it they may see, open actions
     * first and then newest first. To anyone who may see nothing about it, it does not exist. The reading is audited.
     */
    @Transactional
    public SubjectPage read(String username, long id) {
        Person reader = person(username);
        Subject subject = subjects.findById(id).orElseThrow(() -> new NotFoundException("There is no subject " + id));
        if (!visible(reader, subject)) {
            throw new NotFoundException("There is no subject " + id);
        }
        audit.record(username, "subject.read", ENTITY, id, Map.of());
        List<LinkedSubject> linked = links.findBySubject(id).stream()
                .map(link -> new LinkedSubject(subject(link.fromSubjectId() == id ? link.toSubjectId() : link.fromSubjectId()), link))
                .filter(other -> visible(reader, other.subject()))
                .toList();
        return new SubjectPage(subject, linked, timelineOf(id, username));
    }

    /**
     * The peer map of a subject the person may see: the children, peer groups and locations linked to it, or named with
     * it in one incident, and theirs in turn, up to {@link #MAP_DEPTH} steps and {@link #MAP_SIZE} subjects, each with the
     * incidents and missing episodes the person may see. Only subjects the person may see are on it, and the map goes on
     * through no other. The reading is audited.
     */
    @Transactional
    public PeerMap map(String username, long id) {
        Person reader = person(username);
        Subject centre = subjects.findById(id).orElseThrow(() -> new NotFoundException("There is no subject " + id));
        Map<Long, List<TimelineEntry>> read = new HashMap<>();
        Function<Long, List<TimelineEntry>> timeline = subjectId -> read.computeIfAbsent(subjectId, key -> timelineOf(key, username));
        Predicate<Long> seesAnything = subjectId -> !timeline.apply(subjectId).isEmpty();
        if (!visible(reader, centre, seesAnything)) {
            throw new NotFoundException("There is no subject " + id);
        }
        Map<Long, MapNode> nodes = new LinkedHashMap<>();
        Map<String, MapEdge> edges = new LinkedHashMap<>();
        nodes.put(id, node(centre, 0, timeline.apply(id)));
        List<Long> frontier = List.of(id);
        for (int depth = 1; depth <= MAP_DEPTH && !frontier.isEmpty() && nodes.size() < MAP_SIZE; depth++) {
            List<Long> next = new ArrayList<>();
            for (long from : frontier) {
                for (Map.Entry<Long, String> neighbour : neighboursOf(from).entrySet()) {
                    long to = neighbour.getKey();
                    boolean known = nodes.containsKey(to);
                    if (!known) {
                        if (nodes.size() >= MAP_SIZE) {
                            continue;
                        }
                        Subject other = subject(to);
                        if (!visible(reader, other, seesAnything)) {
                            continue;
                        }
                        nodes.put(to, node(other, depth, timeline.apply(to)));
                        next.add(to);
                    }
                    edges.putIfAbsent(Math.min(from, to) + "-" + Math.max(from, to), new MapEdge(from, to, neighbour.getValue()));
                }
            }
            frontier = next;
        }
        audit.record(username, "subject.map-read", ENTITY, id, Map.of("subjects", nodes.size()));
        return new PeerMap(centre, List.copyOf(nodes.values()), List.copyOf(edges.values()));
    }

    /** The subjects one step from a subject, each with how: a recorded link (with its note), or named together in an incident. */
    private Map<Long, String> neighboursOf(long id) {
        Map<Long, String> neighbours = new LinkedHashMap<>();
        for (SubjectLink link : links.findBySubject(id)) {
            neighbours.putIfAbsent(link.fromSubjectId() == id ? link.toSubjectId() : link.fromSubjectId(),
                    link.note() == null ? "Linked" : "Linked: " + link.note());
        }
        Map<String, List<Long>> together = new HashMap<>();
        cases.findBySubjectId(id).stream().filter(c -> sources.orderedStream().anyMatch(source -> source.namesTogether(c.caseType())))
                .forEach(c -> together.computeIfAbsent(c.caseType(), type -> new ArrayList<>()).add(c.caseId()));
        together.forEach((caseType, caseIds) -> cases.findByCases(caseType, caseIds.toArray(Long[]::new)).stream()
                .filter(c -> c.subjectId() != id).forEach(c -> neighbours.putIfAbsent(c.subjectId(), "Named together in an incident")));
        return neighbours;
    }

    /** A subject on the map, with what of it the reader sees: its incidents and missing episodes counted. */
    private static MapNode node(Subject subject, int depth, List<TimelineEntry> seen) {
        return new MapNode(subject.id(), subject.kind(), subject.name(), depth, (int) seen.stream().filter(e -> e.kind().equals("Incident")).count(),
                (int) seen.stream().filter(e -> e.kind().equals("Missing episode")).count());
    }

    /** Whether the person may see the subject: for a module that links its own item to a subject the person chose. */
    @Transactional(readOnly = true)
    public boolean isVisibleTo(String username, long id) {
        Person person = person(username);
        return subjects.findById(id).filter(subject -> visible(person, subject)).isPresent();
    }

    /**
     * A list of who was involved (in an incident, say) as one reader may see it: each subject they may not see is
     * {@link Subject#withheld withheld}, its kind kept and its name and id left out.
     */
    @Transactional(readOnly = true)
    public List<Subject> asSeenBy(String username, List<Subject> involved) {
        Person person = person(username);
        return involved.stream().map(subject -> visible(person, subject) ? subject : Subject.withheld(subject.kind())).toList();
    }

    /** Records that two subjects are linked; whoever records it must be able to see both (a worker who knows the child, say). */
    @Transactional
    public SubjectLink link(String username, long fromId, long toId, String note) {
        Person person = person(username);
        for (long id : List.of(fromId, toId)) {
            if (!subjects.findById(id).filter(subject -> visible(person, subject)).isPresent()) {
                throw new NotFoundException("There is no subject " + id);
            }
        }
        if (fromId == toId) {
            throw new InvalidRequestException("toSubjectId", "Choose another subject to link it to.");
        }
        SubjectLink link = links.save(new SubjectLink(null, fromId, toId, Text.orNull(note), username, clock.instant()));
        audit.record(username, "subject.linked", ENTITY, fromId, Map.of("to", toId));
        return link;
    }

    /** Names a peer group or location and links a subject the person may see to it, in one transaction. */
    @Transactional
    public Subject createLinked(String username, long fromId, SubjectKind kind, String name, Long localityId, String note) {
        Person person = person(username);
        if (!subjects.findById(fromId).filter(subject -> visible(person, subject)).isPresent()) {
            throw new NotFoundException("There is no subject " + fromId);
        }
        Subject created = create(username, kind, name, localityId);
        link(username, fromId, created.id(), note);
        return created;
    }

    /** The peer groups and locations the person may see, to link a subject to: by name. */
    @Transactional(readOnly = true)
    public List<Subject> linkableBy(String username) {
        Person person = person(username);
        return subjects.findByKindNot(SubjectKind.CHILD).stream().filter(subject -> visible(person, subject))
                .sorted(Comparator.comparing(Subject::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** A peer group or a location. The API lets those who may raise concerns name one on its own; a page names one as it links it. */
    @Transactional
    public Subject create(String username, SubjectKind kind, String name, Long localityId) {
        if (kind == null || kind == SubjectKind.CHILD) {
            throw new InvalidRequestException("kind", "A child is named in a case, so that those who work with them can see them.");
        }
        Text.required(name, "name", "Give the name of the peer group or location.");
        if (localityId != null && directory.findLocality(localityId).isEmpty()) {
            throw new InvalidRequestException("localityId", "Choose the locality from the list.");
        }
        Subject subject = subjects.save(new Subject(null, kind, name.trim(), null, null, localityId, username, clock.instant()));
        audit.record(username, "subject.created", ENTITY, subject.id(), Map.of("kind", kind.name()));
        return subject;
    }

    /**
     * Whether the person may see the subject: something about it is theirs to see, they recorded it, or it is linked to
     * a subject something about which is theirs to see (a child's peer group, where the child's workers see the child).
     */
    private boolean visible(Person person, Subject subject) {
        return visible(person, subject, id -> seesAnythingAbout(id, person.username()));
    }

    /**
     * As {@link #visible(Person, Subject)}, asking {@code seesAnything} whether the person sees anything about a subject
     * (a peer map answers from the timelines it keeps, so that no timeline is read twice). Someone who sees every subject
     * asks nothing.
     */
    private boolean visible(Person person, Subject subject, Predicate<Long> seesAnything) {
        if (policy.subject(person, false)) {
            return true;
        }
        boolean direct = person.username().equals(subject.createdBy()) || seesAnything.test(subject.id());
        boolean throughALink = !direct && links.findBySubject(subject.id()).stream()
                .map(link -> link.fromSubjectId() == subject.id() ? link.toSubjectId() : link.fromSubjectId())
                .anyMatch(seesAnything);
        return policy.subject(person, direct || throughALink);
    }

    /** Whether any of the subject's timeline reaches the person: each source is read only until one has an entry. */
    private boolean seesAnythingAbout(long subjectId, String username) {
        List<CaseRef> about = casesAbout(subjectId);
        return !about.isEmpty() && sources.orderedStream().anyMatch(source -> !source.entriesAbout(about, username).isEmpty());
    }

    private List<CaseRef> casesAbout(long subjectId) {
        return cases.findBySubjectId(subjectId).stream().map(c -> new CaseRef(c.caseType(), c.caseId(), subjectId)).toList();
    }

    private List<TimelineEntry> timelineOf(long subjectId, String username) {
        List<CaseRef> about = casesAbout(subjectId);
        if (about.isEmpty()) {
            return List.of();
        }
        return sources.orderedStream().flatMap(source -> source.entriesAbout(about, username).stream())
                .sorted(Comparator.comparing((TimelineEntry e) -> !e.open()).thenComparing(TimelineEntry::at, Comparator.reverseOrder()))
                .toList();
    }

    private Person person(String username) {
        return directory.personByUsername(username).orElseThrow(() -> new AccessDeniedException("unknown user"));
    }

    /** A subject as one reader sees it. */
    public record SubjectPage(Subject subject, List<LinkedSubject> linked, List<TimelineEntry> timeline) {
    }

    public record LinkedSubject(Subject subject, SubjectLink link) {
    }

    /** A subject's peer map: the subjects on it (the centre first) and how they are connected. */
    public record PeerMap(Subject centre, List<MapNode> nodes, List<MapEdge> edges) {
    }

    /** A subject on a peer map: how many steps from the centre, and the incidents and missing episodes the reader may see. */
    public record MapNode(long id, SubjectKind kind, String name, int depth, int incidents, int missingEpisodes) {
    }

    /** A connection on a peer map, and how the two are connected. */
    public record MapEdge(long from, long to, String how) {
    }
}
