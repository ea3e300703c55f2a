package org.convene.missing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.convene.access.AccessPolicy;
import org.convene.access.MissingFacts;
import org.convene.access.MissingRights;
import org.convene.audit.AuditTrail;
import org.convene.calendar.Deadlines;
import org.convene.calendar.Timescales;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.directory.Role;
import org.convene.meeting.Meeting;
import org.convene.meeting.MeetingService;
import org.convene.minutes.Visibility;
import org.convene.shared.ConflictException;
import org.convene.shared.IdList;
import org.convene.shared.InvalidRequestException;
import org.convene.shared.NotFoundException;
import org.convene.shared.RetryOnConflict;
import org.convene.shared.Text;
import org.convene.strategy.NewConcern;
import org.convene.strategy.StrategyService;
import org.convene.subject.Subject;
import org.convene.subject.SubjectKind;
import org.convene.subject.Subjects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Missing child coordination: an episode is reported (by the police or anyone else), graded and re-graded, updated
 * while the child is missing, and ended by the child's return (which starts the return home interview) or by a closure
 * as not missing. Every change is checked against {@link EpisodeCommand}'s or {@link InterviewCommand}'s table, audited
 * in its own transaction, and reaches the episode's process after commit.
 */
@Service
public class MissingService {

    static final String CASE_TYPE = "MISSING";
    static final String ENTITY = "missing-episode";

    private final MissingEpisodeRepository episodes;
    private final MissingGradingRepository gradings;
    private final MissingUpdateRepository updates;
    private final ReturnInterviewRepository interviews;
    private final RepeatMissingFlagRepository flags;
    private final MissingSchedule schedule;
    private final MissingNotices notices;
    private final MissingContacts contacts;
    private final MeetingService meetings;
    private final StrategyService strategies;
    private final Subjects subjects;
    private final AccessPolicy policy;
    private final Directory directory;
    private final Deadlines deadlines;
    private final Timescales timescales;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final RetryOnConflict retry;
    private final Clock clock;

    MissingService(MissingEpisodeRepository episodes, MissingGradingRepository gradings, MissingUpdateRepository updates,
                   ReturnInterviewRepository interviews, RepeatMissingFlagRepository flags, MissingSchedule schedule, MissingNotices notices,
                   MissingContacts contacts, MeetingService meetings, StrategyService strategies, Subjects subjects, AccessPolicy policy,
                   Directory directory, Deadlines deadlines, Timescales timescales, AuditTrail audit, ApplicationEventPublisher events,
                   RetryOnConflict retry, Clock clock) {
        this.episodes = episodes;
        this.gradings = gradings;
        this.updates = updates;
        this.interviews = interviews;
        this.flags = flags;
        this.schedule = schedule;
        this.notices = notices;
        this.contacts = contacts;
        this.meetings = meetings;
        this.strategies = strategies;
        this.subjects = subjects;
        this.policy = policy;
        this.directory = directory;
        this.deadlines = deadlines;
        this.timescales = timescales;
        this.audit = audit;
        this.events = events;
        this.retry = retry;
        this.clock = clock;
    }

    /**
     * Records a child reported missing, with its first grading, and counts the child's episodes in the repeat-missing
     * window. A child already recorded as missing, or the same police report twice, is refused: add an update instead.
     */
    @Transactional
    public MissingEpisode report(String username, NewEpisode report) {
        Instant now = clock.instant();
        if (report.reporterKind() == null) {
            throw new InvalidRequestException("reporterKind", "Say who reported the child missing.");
        }
        if (report.missingFrom() == null) {
            throw new InvalidRequestException("missingFrom", "Say where the child went missing from.");
        }
        if (report.riskGrade() == null) {
            throw new InvalidRequestException("riskGrade", "Choose the risk grade.");
        }
        if (report.reportedAt() == null) {
            throw new InvalidRequestException("reportedAt", "Enter when the child was reported missing.");
        }
        if (report.reportedAt().isAfter(now.plus(Duration.ofMinutes(5)))) {
            throw new InvalidRequestException("reportedAt", "When the child was reported missing cannot be in the future.");
        }
        if (report.lastSeenAt() == null) {
            throw new InvalidRequestException("lastSeenAt", "Enter when the child was last seen.");
        }
        if (report.lastSeenAt().isAfter(report.reportedAt())) {
            throw new InvalidRequestException("lastSeenAt", "When the child was last seen must be before they were reported missing.");
        }
        if (report.reporterKind() == ReporterKind.POLICE && Text.orNull(report.policeReference()) == null) {
            throw new InvalidRequestException("policeReference", "Enter the police reference.");
        }
        if (report.planChairId() != null && !Boolean.TRUE.equals(report.childProtectionPlan())) {
            throw new InvalidRequestException("planChairId", "Name a plan's chair only for a child on a child protection plan.");
        }
        requirePerson(report.planChairId(), "planChairId", "Choose the chair of the child's plan from the list.");
        requirePerson(report.socialWorkerId(), "socialWorkerId", "Choose the child's social worker from the list.");
        requirePerson(report.coordinatorId(), "coordinatorId", "Choose the coordinator from the list.");
        Subject child = child(username, report);
        List<MissingEpisode> open = episodes.findMissingBySubject(child.id());
        if (!open.isEmpty()) {
            throw new ConflictException("This child is already recorded as missing (episode " + open.getFirst().getId()
                    + "): add an update to that episode instead.");
        }
        String policeReference = Text.orNull(report.policeReference());
        if (policeReference != null) {
            episodes.findBySubjectIdAndPoliceReference(child.id(), policeReference).ifPresent(e -> {
                throw new ConflictException("This police report is already recorded (episode " + e.getId() + ").");
            });
        }
        NewEpisode cleaned = new NewEpisode(child.id(), null, null, null, report.reporterKind(), Text.orNull(report.reporterName()),
                policeReference, report.missingFrom(), Text.orNull(report.missingFromDetail()), report.lastSeenAt(), report.reportedAt(),
                report.lookedAfter(), report.childProtectionPlan(), report.planChairId(), Text.orNull(report.exploitationConcerns()),
                report.riskGrade(), null, report.socialWorkerId(), report.coordinatorId() != null ? report.coordinatorId()
                        : directory.personByUsername(username).filter(p -> p.hasRole(Role.COORDINATOR)).map(Person::id).orElse(null));
        MissingEpisode episode = episodes.save(MissingEpisode.reported(child.id(), cleaned, username, now));
        gradings.save(new MissingGrading(null, episode.getId(), report.riskGrade(),
                Optional.ofNullable(Text.orNull(report.gradeReason())).orElse("Graded when reported"), username, now));
        subjects.addToCase(username, CASE_TYPE, episode.getId(), List.of(child));
        audit.record(username, "missing.reported", ENTITY, episode.getId(), Map.of("subjectId", child.id(), "grade", report.riskGrade().name(),
                "reporter", report.reporterKind().name(), "reportedAt", report.reportedAt().toString()));
        countRepeats(episode);
        events.publishEvent(new MissingEvents.Reported(episode.getId()));
        return episode;
    }

    private Subject child(String username, NewEpisode report) {
        if (report.subjectId() != null) {
            return childFor(username, report.subjectId());
        }
        String name = Text.required(report.childName(), "childName", "Enter the child's name.").trim();
        String reference = Text.orNull(report.childReference());
        if (reference != null) {
            // The case system's reference names one child: a child going missing again is counted as the same child.
            Optional<Subject> known = subjects.childWithReference(reference.trim());
            if (known.isPresent() && !known.get().name().equalsIgnoreCase(name)) {
                throw new InvalidRequestException("childReference", "This case reference is recorded for a child of another name: check it, or leave it empty.");
            }
            if (known.isPresent()) {
                return known.get();
            }
        }
        if (report.childDateOfBirth() != null && report.childDateOfBirth().isAfter(deadlines.today(clock))) {
            throw new InvalidRequestException("childDateOfBirth", "The child's date of birth cannot be in the future.");
        }
        return subjects.recordChild(username, Subject.child(name, report.childDateOfBirth(), reference == null ? null : reference.trim()));
    }

    /** A child already known to Convene, for a new episode: one the person may see (its reading audited), and a child. */
    @Transactional
    public Subject childFor(String username, long subjectId) {
        Subject known = subjects.read(username, subjectId).subject();
        if (known.kind() != SubjectKind.CHILD) {
            throw new InvalidRequestException("subjectId", "Choose a child: an episode is about one child.");
        }
        return known;
    }

    /**
     * More than the threshold of episodes in the window ending at this one's report flags the child: coordinators and the
     * social worker are told, and other workflows hear of it. Episodes closed as not missing do not count.
     */
    private void countRepeats(MissingEpisode episode) {
        int count = episodes.countMissingBetween(episode.getSubjectId(), schedule.repeatWindowFrom(episode.getReportedAt()), episode.getReportedAt());
        if (count <= timescales.repeatMissingEpisodes()) {
            return;
        }
        flags.save(new RepeatMissingFlag(null, episode.getSubjectId(), episode.getId(), count, clock.instant()));
        Set<String> told = new HashSet<>();
        directory.peopleWithRole(Role.COORDINATOR).stream().filter(Person::active).forEach(p -> told.add(p.email()));
        Optional.ofNullable(episode.getSocialWorkerId()).flatMap(directory::findPerson).ifPresent(p -> told.add(p.email()));
        told.forEach(email -> notices.repeatMissing(episode, count, email));
        audit.record(AuditTrail.SYSTEM, "missing.repeat-flagged", ENTITY, episode.getId(), Map.of("episodes", count, "told", told.size()));
        events.publishEvent(new RepeatMissing(episode.getSubjectId(), episode.getId(), count));
    }

    /** Grades the risk again, with the reason: high risk tells the senior manager at once; the remaining rungs follow the grade. */
    public MissingEpisode regrade(String username, long id, RiskGrade grade, String reason) {
        return retry.inTransaction(() -> {
            MissingEpisode episode = require(username, id, MissingRights::act);
            if (grade == null) {
                throw new InvalidRequestException("grade", "Choose the risk grade.");
            }
            String why = Text.required(reason, "reason", "Say why the risk is graded again.").trim();
            RiskGrade before = episode.getRiskGrade();
            episode.regrade(grade);
            episodes.save(episode);
            gradings.save(new MissingGrading(null, id, grade, why, username, clock.instant()));
            audit.record(username, "missing.regraded", ENTITY, id, Map.of("from", before.name(), "to", grade.name()));
            events.publishEvent(new MissingEvents.Regraded(id));
            return episode;
        });
    }

    /** A sighting, information or a police update, shared as its visibility says (restricted: only the agencies named). */
    public MissingUpdate addUpdate(String username, long id, UpdateKind kind, String text, Visibility visibility, Set<Long> restrictedTo) {
        return retry.inTransaction(() -> {
            MissingEpisode episode = require(username, id, MissingRights::act);
            episode.checkUpdate();
            if (kind == null) {
                throw new InvalidRequestException("kind", "Say what kind of update this is.");
            }
            String said = Text.required(text, "text", "Write the update.").trim();
            Visibility shared = visibility == null ? Visibility.PROFESSIONALS : visibility;
            Set<Long> agencies = restrictedTo == null ? Set.of() : restrictedTo;
            if (shared == Visibility.RESTRICTED && agencies.isEmpty()) {
                throw new InvalidRequestException("restrictedTo", "Choose the agencies that may read a restricted update.");
            }
            if (agencies.stream().anyMatch(a -> directory.findAgency(a).isEmpty())) {
                throw new InvalidRequestException("restrictedTo", "Choose agencies from the list.");
            }
            MissingUpdate update = updates.save(new MissingUpdate(null, id, kind, said, shared, shared == Visibility.RESTRICTED
                    ? IdList.join(agencies) : null, username, clock.instant()));
            audit.record(username, "missing.updated", ENTITY, id, Map.of("updateId", update.id(), "kind", kind.name(), "visibility", shared.name()));
            return update;
        });
    }

    /** The child is back: when, where, how and by whom. The return home interview is due within its timescale of the return. */
    public MissingEpisode recordReturn(String username, long id, Instant returnedAt, String where, ReturnHow how, String by) {
        return retry.inTransaction(() -> {
            MissingEpisode episode = require(username, id, MissingRights::act);
            if (returnedAt == null) {
                throw new InvalidRequestException("returnedAt", "Enter when the child came back.");
            }
            if (MissingEpisode.stored(returnedAt).isBefore(episode.getReportedAt())) {
                throw new InvalidRequestException("returnedAt", "The child cannot have come back before they were reported missing.");
            }
            if (returnedAt.isAfter(clock.instant().plus(Duration.ofMinutes(5)))) {
                throw new InvalidRequestException("returnedAt", "When the child came back cannot be in the future.");
            }
            if (how == null) {
                throw new InvalidRequestException("how", "Say how the child came back.");
            }
            episode.recordReturn(returnedAt, Text.orNull(where), how, Text.orNull(by));
            episodes.save(episode);
            ReturnInterview interview = interviews.save(ReturnInterview.toOffer(id, schedule.interviewDueBy(episode.getReturnedAt())));
            audit.record(username, "missing.returned", ENTITY, id, Map.of("returnedAt", returnedAt.toString(), "how", how.name(),
                    "interviewDueBy", interview.getDueBy().toString()));
            events.publishEvent(new MissingEvents.Returned(id));
            return episode;
        });
    }

    /** Closes an episode as not missing after all (away without authorisation, or reported in error): it does not count. */
    public MissingEpisode close(String username, long id, ClosedAs as, String note) {
        return retry.inTransaction(() -> {
            MissingEpisode episode = require(username, id, MissingRights::act);
            if (as == null) {
                throw new InvalidRequestException("closedAs", "Say why the episode is closed.");
            }
            episode.close(as, Text.orNull(note), clock.instant());
            episodes.save(episode);
            audit.record(username, "missing.closed", ENTITY, id, Map.of("as", as.name()));
            events.publishEvent(new MissingEvents.Closed(id));
            return episode;
        });
    }

    /** Gives the episode to a coordinator, who chairs its coordination meetings if they may chair. */
    public MissingEpisode assignCoordinator(String username, long id, long personId) {
        return retry.inTransaction(() -> {
            MissingEpisode episode = require(username, id, MissingRights::coordinate);
            requirePerson(personId, "coordinatorId", "Choose the coordinator from the list.");
            Long previous = episode.getCoordinatorId();
            episode.assignCoordinator(personId);
            episodes.save(episode);
            audit.record(username, "missing.coordinator-assigned", ENTITY, id, Map.of("coordinatorId", personId));
            if (directory.person(personId).hasRole(Role.CHAIR)) {
                meetings.handOver(username, CASE_TYPE, id, previous, personId);
            }
            return episode;
        });
    }

    /** Gives the return home interview to a person who does not care for the child, or to a service (a commissioned charity). */
    public ReturnInterview assignInterview(String username, long id, Long personId, Long agencyId) {
        return changeInterview(username, id, MissingRights::coordinate, interview -> {
            if ((personId == null) == (agencyId == null)) {
                throw new InvalidRequestException("assignee", "Choose a person or a service to offer the interview.");
            }
            requirePerson(personId, "assignee", "Choose a person from the list.");
            if (agencyId != null && directory.findAgency(agencyId).isEmpty()) {
                throw new InvalidRequestException("assignee", "Choose a service from the list.");
            }
            interview.assign(personId, agencyId);
            return Map.of("personId", String.valueOf(personId), "agencyId", String.valueOf(agencyId));
        }, "missing.interview-assigned");
    }

    public ReturnInterview offerInterview(String username, long id) {
        return changeInterview(username, id, MissingRights::interview, interview -> {
            interview.offer(clock.instant());
            return Map.of("inTime", interview.offeredInTime());
        }, "missing.interview-offered");
    }

    public ReturnInterview acceptInterview(String username, long id) {
        return changeInterview(username, id, MissingRights::interview, interview -> {
            interview.accept();
            return Map.of();
        }, "missing.interview-accepted");
    }

    /** The child declined: whether their carers were offered the chance to give information is recorded with it. */
    public ReturnInterview declineInterview(String username, long id, boolean carersOffered) {
        return changeInterview(username, id, MissingRights::interview, interview -> {
            interview.decline(clock.instant(), carersOffered);
            return Map.of("carersOffered", carersOffered);
        }, "missing.interview-declined");
    }

    /** The interview is not offered: the reason is required, and goes on the child's record. */
    public ReturnInterview interviewNotOffered(String username, long id, String reason) {
        return changeInterview(username, id, MissingRights::coordinate, interview -> {
            interview.notOffered(Text.required(reason, "reason", "Say why the interview is not offered.").trim());
            return Map.of();
        }, "missing.interview-not-offered");
    }

    public ReturnInterview saveInterviewRecord(String username, long id, InterviewRecord record) {
        return changeInterview(username, id, MissingRights::interview, interview -> {
            validate(record);
            interview.record(record, username);
            return Map.of();
        }, "missing.interview-recorded");
    }

    /** The interview is held: its record is saved with it; it needs at least what the child said or the reasons they went. */
    public ReturnInterview completeInterview(String username, long id, InterviewRecord record) {
        return changeInterview(username, id, MissingRights::interview, interview -> {
            validate(record);
            if (Text.orNull(record.pushPullFactors()) == null && Text.orNull(record.childWords()) == null) {
                throw new InvalidRequestException("pushPullFactors", "Record why the child went missing, or what they said, before completing the interview.");
            }
            interview.record(record, username);
            interview.complete(clock.instant());
            return Map.of("inTime", interview.completedInTime());
        }, "missing.interview-completed");
    }

    private void validate(InterviewRecord record) {
        Set<Long> agencies = record.restrictedTo() == null ? Set.of() : record.restrictedTo();
        if (agencies.stream().anyMatch(a -> directory.findAgency(a).isEmpty())) {
            throw new InvalidRequestException("restrictedTo", "Choose agencies from the list.");
        }
        boolean restrictedPart = Text.orNull(record.exploitationIndicators()) != null || Text.orNull(record.childWords()) != null
                || Text.orNull(record.harmSuffered()) != null;
        if (restrictedPart && agencies.isEmpty()) {
            throw new InvalidRequestException("restrictedTo", "Choose the agencies that may read the restricted part of the record.");
        }
    }

    private ReturnInterview changeInterview(String username, long id, Predicate<MissingRights> allowed,
                                            java.util.function.Function<ReturnInterview, Map<String, ?>> change, String action) {
        return retry.inTransaction(() -> {
            require(username, id, allowed);
            ReturnInterview interview = interviews.findByEpisodeId(id)
                    .orElseThrow(() -> new ConflictException("There is no return home interview until the child's return is recorded."));
            boolean wasOpen = interview.isOpen();
            Map<String, ?> detail = change.apply(interview);
            interviews.save(interview);
            audit.record(username, action, ENTITY, id, detail);
            if (wasOpen && !interview.isOpen()) {
                events.publishEvent(new MissingEvents.InterviewEnded(id));
            }
            return interview;
        });
    }

    /**
     * Raises a concern for a strategy discussion about the child in one click, for an episode of high risk or with
     * exploitation concerns, or a child flagged as repeatedly missing: the child's episodes in the window are named in it.
     */
    public long raiseStrategyDiscussion(String username, long id) {
        return retry.inTransaction(() -> {
            MissingEpisode episode = require(username, id, MissingRights::act);
            if (episode.getStrategyCaseId() != null) {
                throw new ConflictException("A strategy discussion has already been asked for (concern " + episode.getStrategyCaseId() + ").");
            }
            List<MissingEpisode> recent = episodes.findBySubject(episode.getSubjectId()).stream()
                    .filter(e -> e.getCloseReason() == null && !e.getReportedAt().isBefore(schedule.repeatWindowFrom(episode.getReportedAt())))
                    .toList();
            boolean repeat = !flags.findBySubjectIdOrderById(episode.getSubjectId()).isEmpty();
            if (!episode.needsStrategyDiscussion() && !repeat) {
                throw new ConflictException("A strategy discussion is offered here for a child at high risk, with exploitation concerns, "
                        + "or going missing repeatedly: raise a concern from the strategy discussions page instead.");
            }
            Person me = person(username);
            String concern = "Raised from missing episode " + id + " (risk: " + episode.getRiskGrade().label().toLowerCase() + ")"
                    + (episode.getExploitationConcerns() != null ? ". Exploitation concerns: " + episode.getExploitationConcerns() : "")
                    + ". Missing episodes in the last " + timescales.repeatMissingWindow() + ": "
                    + recent.stream().map(e -> String.valueOf(e.getId())).collect(Collectors.joining(", ")) + ".";
            long caseId = strategies.raise(username, new NewConcern(concern, me.displayName(), me.agencyId(), me.email(),
                    List.of(subjects.subject(episode.getSubjectId())), null)).getId();
            episode.strategyDiscussionRaised(caseId);
            episodes.save(episode);
            audit.record(username, "missing.strategy-discussion-raised", ENTITY, id, Map.of("strategyCaseId", caseId,
                    "episodes", recent.stream().map(MissingEpisode::getId).toList()));
            return caseId;
        });
    }

    /** The episode as one reader may see it; the reading is audited. */
    @Transactional
    public EpisodeView read(String username, long id) {
        Person person = person(username);
        Access access = access(person, id, rights -> true);
        MissingEpisode episode = access.episode();
        MissingRights rights = access.rights();
        audit.record(username, "missing.read", ENTITY, id, Map.of());
        Optional<ReturnInterview> interview = interviews.findByEpisodeId(id);
        boolean interviewRestricted = interview.map(i -> readsRestricted(person, rights, i.restrictedToAgencies(), i.getRecordedBy())).orElse(false);
        List<MissingUpdate> visibleUpdates = updates.findByEpisodeIdOrderById(id).stream()
                .filter(u -> u.visibility() != Visibility.RESTRICTED || readsRestricted(person, rights, u.restrictedToAgencies(), u.writtenBy()))
                .toList();
        Predicate<MissingEpisode> visible = visibleTo(person);
        List<MissingEpisode> history = episodes.findBySubject(episode.getSubjectId());
        return new EpisodeView(episode, subjects.subject(episode.getSubjectId()), gradings.findByEpisodeIdOrderById(id), visibleUpdates,
                interview, interviewRestricted, meetings.ofCase(CASE_TYPE, id).stream().filter(m -> meetings.rightsOf(username, m.getId()).view()).toList(),
                rights, history.stream().filter(e -> !e.getId().equals(episode.getId()) && visible.test(e)).toList(),
                flags.findBySubjectIdOrderById(episode.getSubjectId()), episode.isMissing() ? Optional.of(schedule.nextRung(episode)) : Optional.empty());
    }

    /** The coordinator's board: children missing now (by grade, then longest missing), interviews awaited, repeat flags. */
    @Transactional(readOnly = true)
    public Board board(String username) {
        Predicate<MissingEpisode> visible = visibleTo(person(username));
        List<MissingEpisode> missingNow = episodes.findMissing().stream().filter(visible).toList();
        List<ReturnInterview> open = interviews.findOpen();
        Map<Long, MissingEpisode> returned = new HashMap<>();
        episodes.findAllById(open.stream().map(ReturnInterview::getEpisodeId).toList()).forEach(e -> returned.put(e.getId(), e));
        List<RepeatMissingFlag> recentFlags = flags.findLatestSince(schedule.repeatWindowFrom(clock.instant()));
        Map<Long, MissingEpisode> flagged = new HashMap<>();
        episodes.findAllById(recentFlags.stream().map(RepeatMissingFlag::episodeId).toList()).forEach(e -> flagged.put(e.getId(), e));
        Set<Long> subjectIds = new HashSet<>();
        missingNow.forEach(e -> subjectIds.add(e.getSubjectId()));
        returned.values().forEach(e -> subjectIds.add(e.getSubjectId()));
        recentFlags.forEach(f -> subjectIds.add(f.subjectId()));
        Map<Long, Subject> children = subjects.subjects(subjectIds);

        List<BoardLine> missingLines = missingNow.stream()
                .map(e -> new BoardLine(e, children.get(e.getSubjectId()), Optional.of(schedule.nextRung(e)), Optional.empty()))
                .sorted(java.util.Comparator.comparing((BoardLine l) -> l.episode().getRiskGrade()).reversed()
                        .thenComparing(l -> l.episode().getReportedAt()))
                .toList();
        List<BoardLine> awaiting = open.stream().filter(i -> visible.test(returned.get(i.getEpisodeId())))
                .map(i -> new BoardLine(returned.get(i.getEpisodeId()), children.get(returned.get(i.getEpisodeId()).getSubjectId()), Optional.empty(),
                        Optional.of(i)))
                .toList();
        List<FlagLine> flagLines = recentFlags.stream().filter(f -> visible.test(flagged.get(f.episodeId())))
                .map(f -> new FlagLine(f, children.get(f.subjectId()), flagged.get(f.episodeId()))).toList();
        return new Board(missingLines, awaiting, flagLines);
    }

    /**
     * Episodes of these subjects reported in a period: for the locality module's agenda, which shows them to those its
     * own rules allow (the members of the meeting the subjects are under review at).
     */
    @Transactional(readOnly = true)
    public List<MissingEpisode> reportedAbout(Collection<Long> subjectIds, Instant from, Instant to) {
        return subjectIds.isEmpty() ? List.of() : episodes.findReportedAbout(subjectIds.toArray(Long[]::new), from, to);
    }

    /** Repeat-missing flags raised about these subjects in a period: for the locality module's agenda, as {@link #reportedAbout}. */
    @Transactional(readOnly = true)
    public List<RepeatMissingFlag> flagsRaisedAbout(Collection<Long> subjectIds, Instant from, Instant to) {
        return subjectIds.isEmpty() ? List.of() : flags.findRaisedAbout(subjectIds.toArray(Long[]::new), from, to);
    }

    /** A page of the episodes the person may see, newest first. */
    @Transactional(readOnly = true)
    public List<MissingEpisode> visibleEpisodes(String username, int page, int size) {
        Predicate<MissingEpisode> seen = visibleTo(person(username));
        List<MissingEpisode> visible = new ArrayList<>();
        int skip = page * size;
        int offset = 0;
        int batch = 200;
        while (visible.size() < size) {
            List<MissingEpisode> some = episodes.findPage(batch, offset);
            for (MissingEpisode e : some) {
                if (seen.test(e)) {
                    if (skip > 0) {
                        skip--;
                    } else if (visible.size() < size) {
                        visible.add(e);
                    }
                }
            }
            if (some.size() < batch) {
                break;
            }
            offset += batch;
        }
        return visible;
    }

    /**
     * Whether the person may see each episode, as the access policy decides: at once for those who see every episode,
     * and otherwise from each episode's facts. For lists.
     */
    @Transactional(readOnly = true)
    Predicate<MissingEpisode> visibleTo(String username) {
        return visibleTo(person(username));
    }

    private Predicate<MissingEpisode> visibleTo(Person person) {
        return policy.seesEveryMissingEpisode(person) ? episode -> true : episode -> rights(person, episode).view();
    }

    private MissingRights rights(Person person, MissingEpisode episode) {
        Optional<ReturnInterview> interview = interviews.findByEpisodeId(episode.getId());
        Set<Long> told = new HashSet<>();
        if (episode.getSeniorManagerToldAt() != null) {
            directory.personByUsername(contacts.seniorManager()).ifPresent(p -> told.add(p.id()));
        }
        if (episode.getDesignatedManagerToldAt() != null) {
            directory.personByUsername(contacts.designatedManager()).ifPresent(p -> told.add(p.id()));
        }
        if (episode.getConferenceAlertedAt() != null && episode.getPlanChairId() != null) {
            told.add(episode.getPlanChairId());
        }
        return policy.missingEpisode(person, new MissingFacts(episode.getCoordinatorId(), episode.getLoggedBy(), episode.getSocialWorkerId(),
                told, interview.map(ReturnInterview::getAssigneePersonId).orElse(null), interview.map(ReturnInterview::getAssigneeAgencyId).orElse(null),
                meetings.seesAnyOf(person.username(), CASE_TYPE, episode.getId())));
    }

    private MissingEpisode require(String username, long id, Predicate<MissingRights> allowed) {
        return access(person(username), id, allowed).episode();
    }

    /** The episode, if the person may do this with it: one they may not see is not found; one they may see is forbidden. */
    private Access access(Person person, long id, Predicate<MissingRights> allowed) {
        MissingEpisode episode = find(id);
        MissingRights rights = rights(person, episode);
        if (!rights.view()) {
            throw new NotFoundException("There is no missing episode " + id);
        }
        if (!allowed.test(rights)) {
            throw new AccessDeniedException("not allowed");
        }
        return new Access(episode, rights);
    }

    private record Access(MissingEpisode episode, MissingRights rights) {
    }

    /** A restricted update or part of an interview: for the agencies it names, whoever wrote it, coordinators and auditors. */
    private static boolean readsRestricted(Person person, MissingRights rights, Set<Long> agencies, String writtenBy) {
        return rights.readsAllRestricted() || agencies.contains(person.agencyId()) || person.username().equals(writtenBy);
    }

    private void requirePerson(Long personId, String field, String message) {
        if (personId != null && directory.findPerson(personId).filter(Person::active).isEmpty()) {
            throw new InvalidRequestException(field, message);
        }
    }

    @Transactional(readOnly = true)
    MissingEpisode episode(long id) {
        return find(id);
    }

    private MissingEpisode find(long id) {
        return episodes.findById(id).orElseThrow(() -> new NotFoundException("There is no missing episode " + id));
    }

    private Person person(String username) {
        return directory.personByUsername(username).orElseThrow(() -> new AccessDeniedException("unknown user"));
    }

    /** An episode as one reader sees it: restricted updates and the interview's restricted part only where they may. */
    public record EpisodeView(MissingEpisode episode, Subject child, List<MissingGrading> gradings, List<MissingUpdate> updates,
                              Optional<ReturnInterview> interview, boolean interviewRestrictedVisible, List<Meeting> meetings,
                              MissingRights rights, List<MissingEpisode> otherEpisodes, List<RepeatMissingFlag> flags,
                              Optional<MissingSchedule.Due<MissingSchedule.Rung>> nextRung) {
    }

    public record Board(List<BoardLine> missing, List<BoardLine> awaitingInterview, List<FlagLine> flags) {
    }

    public record BoardLine(MissingEpisode episode, Subject child, Optional<MissingSchedule.Due<MissingSchedule.Rung>> nextRung,
                            Optional<ReturnInterview> interview) {
    }

    public record FlagLine(RepeatMissingFlag flag, Subject child, MissingEpisode episode) {
    }
}
