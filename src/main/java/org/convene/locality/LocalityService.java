package org.convene.locality;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.convene.access.AccessPolicy;
import org.convene.access.LocalityRights;
import org.convene.action.Action;
import org.convene.action.ActionService;
import org.convene.assessment.AssessmentService;
import org.convene.audit.AuditTrail;
import org.convene.briefing.BriefingService;
import org.convene.calendar.CouncilTime;
import org.convene.calendar.Deadlines;
import org.convene.directory.Directory;
import org.convene.directory.Locality;
import org.convene.directory.Person;
import org.convene.directory.Role;
import org.convene.meeting.MeetingService;
import org.convene.missing.MissingService;
import org.convene.shared.ConflictException;
import org.convene.shared.InvalidRequestException;
import org.convene.shared.Limits;
import org.convene.shared.NotFoundException;
import org.convene.shared.Text;
import org.convene.subject.Subject;
import org.convene.subject.SubjectKind;
import org.convene.subject.Subjects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locality meetings: setting up a locality's series (its members invited once, by a recurring calendar entry), reading
 * it with its coming dates, and moving or cancelling one date (sent to every member as a change to that entry). Who may
 * do what is {@link AccessPolicy#localitySeries}'s to decide, on every call.
 */
@Service
public class LocalityService {

    static final String ENTITY = "locality-series";
    static final String REFERRAL = "locality-referral";
    /** The case type of a series, as the subjects referred to it are recorded: they are its subjects under review. */
    static final String CASE_TYPE = "LOCALITY";
    /** How many coming dates a series' page shows. */
    static final int DATES_SHOWN = 6;

    private final LocalitySeriesRepository series;
    private final OccurrenceChangeRepository changes;
    private final LocalityReferralRepository referrals;
    private final AgendaSentRepository sent;
    private final SubjectActionRepository subjectActions;
    private final ReviewEndRepository reviewEnds;
    private final AgendaSubjects agendaSubjects;
    private final TimedItemRepository timedItems;
    private final ActionService actions;
    private final MeetingService meetings;
    private final AssessmentService assessments;
    private final Subjects subjects;
    private final BriefingService briefings;
    private final MissingService missing;
    private final LocalitySchedule schedule;
    private final LocalityNotices notices;
    private final AccessPolicy policy;
    private final Directory directory;
    private final Deadlines deadlines;
    private final CouncilTime dates;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LocalityService(LocalitySeriesRepository series, OccurrenceChangeRepository changes, LocalityReferralRepository referrals, AgendaSentRepository sent,
                    SubjectActionRepository subjectActions, ReviewEndRepository reviewEnds, AgendaSubjects agendaSubjects, TimedItemRepository timedItems, ActionService actions, MeetingService meetings,
                    AssessmentService assessments, Subjects subjects,
                    BriefingService briefings, MissingService missing, LocalitySchedule schedule, LocalityNotices notices, AccessPolicy policy,
                    Directory directory, Deadlines deadlines, CouncilTime dates, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.series = series;
        this.changes = changes;
        this.referrals = referrals;
        this.sent = sent;
        this.subjectActions = subjectActions;
        this.reviewEnds = reviewEnds;
        this.agendaSubjects = agendaSubjects;
        this.timedItems = timedItems;
        this.actions = actions;
        this.meetings = meetings;
        this.assessments = assessments;
        this.subjects = subjects;
        this.briefings = briefings;
        this.missing = missing;
        this.schedule = schedule;
        this.notices = notices;
        this.policy = policy;
        this.directory = directory;
        this.deadlines = deadlines;
        this.dates = dates;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Sets up a locality's series and invites its chair and members to every date, with one recurring calendar entry. */
    @Transactional
    public LocalitySeries create(String username, NewSeries request) {
        Person admin = person(username);
        if (!policy.setUpLocalitySeries(admin)) {
            throw new AccessDeniedException("not allowed");
        }
        Locality locality = Optional.ofNullable(request.localityId()).flatMap(directory::findLocality)
                .orElseThrow(() -> new InvalidRequestException("localityId", "Choose the locality from the list."));
        if (series.findByLocalityId(locality.id()).isPresent()) {
            throw new ConflictException("The " + locality.name() + " locality already has its series.");
        }
        Person chair = request.chairId() == null ? null : directory.findPerson(request.chairId()).filter(Person::active)
                .filter(p -> p.hasRole(Role.CHAIR)).orElse(null);
        if (chair == null) {
            throw new InvalidRequestException("chairId", "Choose the chair from the list.");
        }
        if (request.firstDate() == null || request.firstDate().isBefore(deadlines.today(clock))) {
            throw new InvalidRequestException("firstDate", "Give the first date, today or later.");
        }
        if (request.startsAt() == null) {
            throw new InvalidRequestException("startsAt", "Give the time it starts, like 10:00.");
        }
        if (request.minutes() == null || request.minutes() < 15 || request.minutes() > 480) {
            throw new InvalidRequestException("minutes", "Give its length in minutes, from 15 to 480.");
        }
        Text.required(request.location(), "location", "Say where it is held.");
        if (request.location().trim().length() > Limits.PLACE) {
            throw new InvalidRequestException("location", "Keep the place to " + Limits.PLACE + " characters or fewer.");
        }
        Set<Long> members = request.memberIds() == null ? Set.of() : Set.copyOf(request.memberIds());
        if (members.isEmpty() || members.size() > Limits.INVITEES
                || members.stream().anyMatch(id -> directory.findPerson(id).filter(Person::active).isEmpty())) {
            throw new InvalidRequestException("memberIds", "Choose its standing members from the list.");
        }
        LocalitySeries created = series.save(LocalitySeries.of(locality.id(), chair.id(), request.firstDate(), request.startsAt(), request.minutes(),
                request.location().trim(), members, username, clock.instant()));
        audit.record(username, "locality.series-created", ENTITY, created.getId(), Map.of("localityId", locality.id(), "chairId", chair.id(),
                "firstDate", request.firstDate().toString(), "members", members.size()));
        recipients(created).forEach(person -> notices.invited(created, List.of(), person));
        events.publishEvent(new LocalityEvents.SeriesCreated(created.getId()));
        return created;
    }

    /** Refuses anyone but the chair: for the pages that take a change, before they check what was typed. */
    public void requireChair(String username, long seriesId) {
        require(username, seriesId, LocalityRights::chair);
    }

    /** Refuses anyone who may not refer to the series: for the page that takes a referral, before it checks what was typed. */
    public void requireToRefer(String username, long seriesId) {
        require(username, seriesId, LocalityRights::refer);
    }

    /** Moves one date of the series: every member's calendar gets the change to that date, and to no other. */
    @Transactional
    public Occurrence move(String username, long seriesId, LocalDate date, Instant startsAt, Instant endsAt, String location, String reason) {
        LocalitySeries found = require(username, seriesId, LocalityRights::chair);
        Map<LocalDate, OccurrenceChange> changed = changesOf(seriesId);
        requireComing(found, date, changed);
        if (startsAt == null || endsAt == null) {
            throw new InvalidRequestException(startsAt == null ? "startsAt" : "endsAt", "Give the new date and the start and end times.");
        }
        if (!startsAt.isAfter(clock.instant())) {
            throw new InvalidRequestException("startsAt", "The meeting must be moved to a time in the future.");
        }
        if (!endsAt.isAfter(startsAt) || Duration.between(startsAt, endsAt).compareTo(Duration.ofHours(12)) > 0) {
            throw new InvalidRequestException("endsAt", "The meeting must end after it starts, on the same day.");
        }
        String place = Text.orNull(location);
        if (place != null && place.length() > Limits.PLACE) {
            throw new InvalidRequestException("location", "Keep the place to " + Limits.PLACE + " characters or fewer.");
        }
        return change(username, found, changed, new OccurrenceChange(null, seriesId, date, startsAt, endsAt, place, false, reason(reason), 0,
                username, clock.instant(), 0), "locality.date-moved");
    }

    /** Cancels one date of the series: every member's calendar gets it cancelled, and no other date. */
    @Transactional
    public Occurrence cancel(String username, long seriesId, LocalDate date, String reason) {
        LocalitySeries found = require(username, seriesId, LocalityRights::chair);
        Map<LocalDate, OccurrenceChange> changed = changesOf(seriesId);
        requireComing(found, date, changed);
        return change(username, found, changed, new OccurrenceChange(null, seriesId, date, null, null, null, true, reason(reason), 0, username,
                clock.instant(), 0), "locality.date-cancelled");
    }

    private Occurrence change(String username, LocalitySeries found, Map<LocalDate, OccurrenceChange> changed, OccurrenceChange change,
                              String action) {
        int sequence = found.nextSequence();
        series.save(found);
        OccurrenceChange withSequence = new OccurrenceChange(null, change.seriesId(), change.originalDate(), change.startsAt(), change.endsAt(),
                change.location(), change.cancelled(), change.reason(), sequence, change.changedBy(), change.changedAt(), 0);
        OccurrenceChange earlier = changed.get(change.originalDate());
        OccurrenceChange saved = changes.save(earlier == null ? withSequence : withSequence.replacing(earlier));
        audit.record(username, action, ENTITY, found.getId(), Map.of("date", change.originalDate().toString(), "sequence", sequence,
                "startsAt", String.valueOf(change.startsAt())));
        recipients(found).forEach(person -> notices.changed(found, saved, person));
        sent.findBySeriesIdAndMeetingDate(found.getId(), saved.originalDate()).map(AgendaSent::meetingId).ifPresent(meetingId -> {
            if (saved.cancelled()) {
                meetings.cancelOneForCase(username, meetingId, saved.reason());
            } else {
                meetings.moveForCase(username, meetingId, saved.startsAt(), saved.endsAt(), saved.location());
            }
        });
        events.publishEvent(new LocalityEvents.DatesChanged(found.getId()));
        changed.put(saved.originalDate(), saved);
        return schedule.occurrence(found, saved.originalDate(), changed);
    }

    private void requireComing(LocalitySeries found, LocalDate date, Map<LocalDate, OccurrenceChange> changed) {
        if (date == null || !schedule.isDateOf(found, date)) {
            throw new NotFoundException("The series has no meeting on " + date);
        }
        Occurrence occurrence = schedule.occurrence(found, date, changed);
        if (occurrence.cancelled()) {
            throw new ConflictException("That meeting is already cancelled.");
        }
        if (!occurrence.startsAt().isAfter(clock.instant()) || !schedule.originalStart(found, date).isAfter(clock.instant())) {
            throw new ConflictException("That meeting has already taken place: only coming dates can be moved or cancelled.");
        }
    }

    private static String reason(String reason) {
        Text.required(reason, "reason", "Say why, for the members.");
        if (reason.trim().length() > Limits.REASON) {
            throw new InvalidRequestException("reason", "Keep the reason to " + Limits.REASON + " characters or fewer.");
        }
        return reason.trim();
    }

    /**
     * Refers a subject to a date of the series (the next coming one when none is given). Until the date's cut-off it is
     * on time; after it, only urgent, with why it cannot wait; once the meeting has begun, not at all. The subject is then
     * under review at the series' meetings, and its members may see it.
     */
    @Transactional
    public LocalityReferral refer(String username, long seriesId, NewReferral referral) {
        LocalitySeries found = require(username, seriesId, LocalityRights::refer);
        Map<LocalDate, OccurrenceChange> changed = changesOf(seriesId);
        Instant now = clock.instant();
        LocalDate date = referral.meetingDate() != null ? referral.meetingDate() : schedule.datesFrom(found, deadlines.today(clock), 8).stream()
                .filter(d -> { Occurrence o = schedule.occurrence(found, d, changed); return !o.cancelled() && o.startsAt().isAfter(now); })
                .findFirst().orElseThrow();
        if (!schedule.isDateOf(found, date)) {
            throw new InvalidRequestException("meetingDate", "Choose one of the series' dates.");
        }
        Occurrence occurrence = schedule.occurrence(found, date, changed);
        if (occurrence.cancelled() || !occurrence.startsAt().isAfter(now)) {
            throw new ConflictException("That meeting has been cancelled or has begun: refer it to the next one.");
        }
        String reason = Text.required(referral.reason(), "reason", "Say why it is referred.").trim();
        if (reason.length() > Limits.CONCERN) {
            throw new InvalidRequestException("reason", "Keep the reason to " + Limits.CONCERN + " characters or fewer.");
        }
        String urgentReason = Text.orNull(referral.urgentReason());
        boolean late = !now.isBefore(occurrence.referralCutOff());
        if (late && urgentReason == null) {
            throw new InvalidRequestException("urgentReason", "Referrals for this meeting closed at " + dates.dateTime(occurrence.referralCutOff())
                    + ": say why it cannot wait for the next one, or refer it to the next one.");
        }
        if (urgentReason != null && urgentReason.length() > Limits.REASON) {
            throw new InvalidRequestException("urgentReason", "Keep this to " + Limits.REASON + " characters or fewer.");
        }
        Subject subject = subjectOf(username, referral);
        if (subject.id() != null && referrals.findForMeeting(seriesId, date).stream().anyMatch(r -> r.subjectId() == subject.id())) {
            throw new ConflictException("That subject is already referred to this meeting.");
        }
        long subjectId = subject.id() != null && subjects.ofCase(CASE_TYPE, seriesId).stream().anyMatch(s -> s.id().equals(subject.id()))
                ? subject.id() : subjects.addToCase(username, CASE_TYPE, seriesId, List.of(subject)).getFirst().id();
        LocalityReferral saved = referrals.save(new LocalityReferral(null, seriesId, date, subjectId, reason, late, late ? urgentReason : null,
                username, now));
        audit.record(username, "locality.referred", REFERRAL, saved.id(), Map.of("seriesId", seriesId, "date", date.toString(),
                "subjectId", subjectId, "urgent", late));
        return saved;
    }

    /**
     * Sets an action at a date of the series about one of its subjects (the chair records it at the meeting): an action on
     * the ladder like any other, carried forward on later agendas while it is open.
     */
    @Transactional
    public Action setAction(String username, long seriesId, LocalDate date, long subjectId, String title, Long ownerPersonId, Long ownerAgencyId,
                            LocalDate dueDate) {
        LocalitySeries found = require(username, seriesId, LocalityRights::chair);
        if (!schedule.isDateOf(found, date) || schedule.occurrence(found, date, changesOf(seriesId)).cancelled()) {
            throw new NotFoundException("The series has no meeting on " + date);
        }
        if (subjects.ofCase(CASE_TYPE, seriesId).stream().noneMatch(s -> s.id() == subjectId)) {
            throw new InvalidRequestException("subjectId", "Choose a subject on this meeting's agenda.");
        }
        Action action = actions.raise(username, title, ownerPersonId, ownerAgencyId, dueDate);
        subjectActions.save(new SubjectAction(null, seriesId, date, subjectId, action.getId()));
        audit.record(username, "locality.action-set", ENTITY, seriesId, Map.of("date", date.toString(), "subjectId", subjectId,
                "actionId", action.getId()));
        return action;
    }

    private Subject subjectOf(String username, NewReferral referral) {
        if (referral.subjectId() != null) {
            if (!subjects.isVisibleTo(username, referral.subjectId())) {
                throw new InvalidRequestException("subjectId", "Choose the child, peer group or location from the list.");
            }
            return subjects.subject(referral.subjectId());
        }
        if (referral.kind() == null) {
            throw new InvalidRequestException("kind", "Say whether you refer a child, a peer group or a location.");
        }
        String name = Text.required(referral.name(), "name", "Give the name of the child, peer group or location.").trim();
        if (name.length() > Limits.NAME) {
            throw new InvalidRequestException("name", "Keep the name to " + Limits.NAME + " characters or fewer.");
        }
        if (referral.dateOfBirth() != null && (referral.kind() != SubjectKind.CHILD || referral.dateOfBirth().isAfter(deadlines.today(clock)))) {
            throw new InvalidRequestException("dateOfBirth", "Give a child's date of birth, in the past.");
        }
        return subjects.knownOrNew(referral.kind(), name, referral.dateOfBirth());
    }

    /**
     * A date's agenda as it assembles itself (and when it was fixed and sent, once it has been): the subjects newly
     * referred to it (urgent ones first), the subjects under review from earlier referrals, and, since the series'
     * previous date, the incidents from the daily briefings sent to this locality or involving a subject under review,
     * and the subjects' missing episodes and repeat-missing flags. Reading it is audited.
     */
    @Transactional
    public MeetingAgenda agenda(String username, long seriesId, LocalDate date) {
        LocalitySeries found = require(username, seriesId, LocalityRights::view);
        if (!schedule.isDateOf(found, date)) {
            throw new NotFoundException("The series has no meeting on " + date);
        }
        Map<LocalDate, OccurrenceChange> changed = changesOf(seriesId);
        Occurrence occurrence = schedule.occurrence(found, date, changed);
        LocalDate previousDate = schedule.previousDate(found, date);
        Instant since = previousDate == null ? found.getCreatedAt() : schedule.occurrence(found, previousDate, changed).startsAt();
        List<LocalityReferral> referred = referrals.findForMeeting(seriesId, date);
        Set<Long> newIds = referred.stream().map(LocalityReferral::subjectId).collect(Collectors.toSet());
        List<ReviewEnd> ends = reviewEnds.findUpTo(seriesId, date);
        Map<Long, LocalDate> underReview = agendaSubjects.underReviewAt(seriesId, date, ends);
        newIds.forEach(underReview::remove);
        Map<String, String> ended = new HashMap<>();
        ends.stream().filter(end -> end.meetingDate().equals(date)).forEach(end -> ended.put(String.valueOf(end.subjectId()), end.reason()));
        Set<Long> all = new HashSet<>(newIds);
        all.addAll(underReview.keySet());
        Map<Long, Subject> named = subjects.subjects(all);
        Map<String, List<ActionLine>> subjectActionLines = actionsCarried(seriesId, date, username);
        audit.record(username, "locality.agenda-read", ENTITY, seriesId, Map.of("date", date.toString()));
        Optional<AgendaSent> fixed = sent.findBySeriesIdAndMeetingDate(seriesId, date);
        return new MeetingAgenda(occurrence, since, fixed.map(AgendaSent::sentAt).orElse(null), fixed.map(AgendaSent::meetingId).orElse(null),
                timedLines(seriesId, date, occurrence.startsAt()),
                referred.stream().map(r -> new ReferralLine(r, named.get(r.subjectId()), nameOf(r.referredBy()))).toList(),
                underReview.entrySet().stream().map(e -> new ReviewLine(named.get(e.getKey()), e.getValue())).toList(),
                briefings.forLocalityMeeting(username, found.getLocalityId(), all, since, occurrence.startsAt()),
                missing.reportedAbout(all, since, occurrence.startsAt()).stream()
                        .map(episode -> new EpisodeLine(episode.getId(), named.get(episode.getSubjectId()), episode.getReportedAt(),
                                episode.getStatus().name(), episode.getRiskGrade().label())).toList(),
                missing.flagsRaisedAbout(all, since, occurrence.startsAt()).stream()
                        .map(flag -> new RepeatMissingLine(named.get(flag.subjectId()), flag.episodes(), flag.raisedAt())).toList(),
                subjectActionLines, ended, assessmentsOf(all));
    }

    /** The open assessment of each subject, by the subject's id: reviewed at the meeting. */
    private Map<String, AssessmentLine> assessmentsOf(Set<Long> subjectIds) {
        Map<String, AssessmentLine> lines = new HashMap<>();
        assessments.openAbout(subjectIds).forEach((subjectId, a) -> lines.put(String.valueOf(subjectId), new AssessmentLine(a.id(),
                directory.findPerson(a.leadId()).map(Person::displayName).orElse(""), a.dueDate(), assessments.isOverdue(a),
                a.weighting() == null ? null : a.weighting().label())));
        return lines;
    }

    /**
     * Puts a time-boxed item on a coming date's agenda (a theme, an agency's update): it runs for its minutes, after the
     * items before it, from the meeting's start. The items together must fit in the meeting.
     */
    @Transactional
    public void addTimedItem(String username, long seriesId, LocalDate date, String title, Integer minutes) {
        LocalitySeries found = require(username, seriesId, LocalityRights::chair);
        Occurrence occurrence = comingOccurrence(found, date);
        String named = Text.required(title, "title", "Say what the item is.").trim();
        if (named.length() > Limits.TITLE) {
            throw new InvalidRequestException("title", "Keep the item to " + Limits.TITLE + " characters or fewer.");
        }
        if (minutes == null || minutes < 5 || minutes > 120) {
            throw new InvalidRequestException("minutes", "Give the minutes it may take, from 5 to 120.");
        }
        long length = Duration.between(occurrence.startsAt(), occurrence.endsAt()).toMinutes();
        int booked = timedItems.findBySeriesIdAndMeetingDateOrderById(seriesId, date).stream().mapToInt(TimedItem::minutes).sum();
        if (booked + minutes > length) {
            throw new InvalidRequestException("minutes", "The time-boxed items would take " + (booked + minutes) + " minutes, longer than the "
                    + length + "-minute meeting. Shorten this item or another.");
        }
        TimedItem item = timedItems.save(new TimedItem(null, seriesId, date, named, minutes, username, clock.instant()));
        audit.record(username, "locality.timed-item-added", ENTITY, seriesId, Map.of("date", date.toString(), "itemId", item.id(), "minutes", minutes));
    }

    /** Takes a time-boxed item off a coming date's agenda. */
    @Transactional
    public void removeTimedItem(String username, long seriesId, LocalDate date, long itemId) {
        LocalitySeries found = require(username, seriesId, LocalityRights::chair);
        comingOccurrence(found, date);
        TimedItem item = timedItems.findById(itemId).filter(i -> i.seriesId() == seriesId && i.meetingDate().equals(date))
                .orElseThrow(() -> new NotFoundException("There is no such item on this agenda"));
        timedItems.delete(item);
        audit.record(username, "locality.timed-item-removed", ENTITY, seriesId, Map.of("date", date.toString(), "itemId", itemId));
    }

    private Occurrence comingOccurrence(LocalitySeries found, LocalDate date) {
        if (date == null || !schedule.isDateOf(found, date)) {
            throw new NotFoundException("The series has no meeting on " + date);
        }
        Occurrence occurrence = schedule.occurrence(found, date, changesOf(found.getId()));
        if (occurrence.cancelled() || !occurrence.startsAt().isAfter(clock.instant())) {
            throw new ConflictException("That meeting has been cancelled or has begun: its agenda can no longer change.");
        }
        return occurrence;
    }

    /** The time-boxed items of a date, each with when it runs from and to. */
    private List<TimedLine> timedLines(long seriesId, LocalDate date, Instant startsAt) {
        List<TimedLine> lines = new ArrayList<>();
        Instant from = startsAt;
        for (TimedItem item : timedItems.findBySeriesIdAndMeetingDateOrderById(seriesId, date)) {
            Instant to = from.plus(Duration.ofMinutes(item.minutes()));
            lines.add(new TimedLine(item.id(), item.title(), item.minutes(), from, to));
            from = to;
        }
        return lines;
    }

    /**
     * Ends a subject's review at a date of the series (the chair records it at the meeting), with why: it is on no later
     * agenda until it is referred again.
     */
    @Transactional
    public void endReview(String username, long seriesId, LocalDate date, long subjectId, String reason) {
        LocalitySeries found = require(username, seriesId, LocalityRights::chair);
        if (!schedule.isDateOf(found, date) || schedule.occurrence(found, date, changesOf(seriesId)).cancelled()) {
            throw new NotFoundException("The series has no meeting on " + date);
        }
        if (!agendaSubjects.at(seriesId, date).contains(subjectId)) {
            throw new InvalidRequestException("subjectId", "Choose a subject on this meeting's agenda.");
        }
        if (reviewEnds.findUpTo(seriesId, date).stream().anyMatch(end -> end.meetingDate().equals(date) && end.subjectId() == subjectId)) {
            throw new ConflictException("This subject's review has already ended at this meeting.");
        }
        String why = Text.required(reason, "reason", "Say why the review ends.").trim();
        if (why.length() > Limits.REASON) {
            throw new InvalidRequestException("reason", "Keep the reason to " + Limits.REASON + " characters or fewer.");
        }
        reviewEnds.save(new ReviewEnd(null, seriesId, date, subjectId, why, username, clock.instant()));
        audit.record(username, "locality.review-ended", ENTITY, seriesId, Map.of("date", date.toString(), "subjectId", subjectId));
    }

    /**
     * The subjects under review in each series the person may see (the Partnership Team's view by locality), at the
     * series' next meeting to come: when each was first referred, when it was last reviewed, and its next review.
     */
    @Transactional(readOnly = true)
    public List<LocalityReviews> reviews(String username) {
        return visibleSeries(username).stream().map(view -> {
            Occurrence next = view.dates().stream().filter(o -> !o.cancelled()).findFirst().orElse(view.dates().getFirst());
            LocalDate previous = schedule.previousDate(view.series(), next.originalDate());
            Map<Long, LocalDate> under = agendaSubjects.underReviewAt(view.series().getId(), next.originalDate(),
                    reviewEnds.findUpTo(view.series().getId(), next.originalDate()));
            referrals.findForMeeting(view.series().getId(), next.originalDate()).forEach(r -> under.putIfAbsent(r.subjectId(), r.meetingDate()));
            Map<Long, Subject> named = subjects.subjects(under.keySet());
            List<ReviewRow> rows = under.entrySet().stream().map(e -> new ReviewRow(named.get(e.getKey()), e.getValue(),
                    previous != null && !previous.isBefore(e.getValue()) ? previous : null, next.originalDate())).toList();
            return new LocalityReviews(view, next, rows);
        }).toList();
    }

    /**
     * Each subject's actions for a date: those set at it, and those set at earlier dates still open (overdue ones
     * marked), by the subject's id. Linked for a reader who may open the action.
     */
    private Map<String, List<ActionLine>> actionsCarried(long seriesId, LocalDate date, String username) {
        List<SubjectAction> set = subjectActions.findUpTo(seriesId, date);
        Map<Long, Action> byId = actions.actions(set.stream().map(SubjectAction::actionId).toList()).stream()
                .collect(Collectors.toMap(Action::getId, Function.identity()));
        Set<Long> visible = actions.visibleAmong(username, byId.keySet());
        Map<String, List<ActionLine>> lines = new HashMap<>();
        for (SubjectAction link : set) {
            Action action = byId.get(link.actionId());
            if (action == null || (!link.meetingDate().equals(date) && !action.isOpen())) {
                continue;
            }
            lines.computeIfAbsent(String.valueOf(link.subjectId()), key -> new ArrayList<>()).add(new ActionLine(action.getId(), action.getTitle(),
                    actions.ownerName(action), action.getDueDate(), action.isOpen(), action.getOverdueAt() != null && action.isOpen(), link.meetingDate(),
                    visible.contains(action.getId())));
        }
        return lines;
    }

    private String nameOf(String username) {
        return directory.personByUsername(username).map(Person::displayName).orElse(username);
    }

    /** Whether the person may see the series: for the subject pages' timeline. */
    @Transactional(readOnly = true)
    public boolean mayView(String username, long seriesId) {
        return directory.personByUsername(username).flatMap(person -> series.findById(seriesId).filter(s -> rights(person, s).view())).isPresent();
    }

    @Transactional(readOnly = true)
    String localityName(long seriesId) {
        long localityId = series.findById(seriesId).orElseThrow().getLocalityId();
        return directory.findLocality(localityId).orElseThrow().name();
    }

    /** A series with its coming dates, as the person sees it. */
    @Transactional(readOnly = true)
    public SeriesView read(String username, long seriesId) {
        Person person = person(username);
        LocalitySeries found = series.findById(seriesId).filter(s -> rights(person, s).view())
                .orElseThrow(() -> new NotFoundException("There is no locality series " + seriesId));
        return view(found, rights(person, found), DATES_SHOWN);
    }

    /** The series the person may see, each with its next date: the week's locality meetings. */
    @Transactional(readOnly = true)
    public List<SeriesView> visibleSeries(String username) {
        Person person = person(username);
        return series.findAll().stream().filter(s -> rights(person, s).view()).map(s -> view(s, rights(person, s), 2))
                .sorted(Comparator.comparing(v -> v.dates().getFirst().startsAt())).toList();
    }

    private SeriesView view(LocalitySeries found, LocalityRights rights, int count) {
        Map<LocalDate, OccurrenceChange> changed = changesOf(found.getId());
        LocalDate today = deadlines.today(clock);
        List<Occurrence> coming = schedule.datesFrom(found, today, count + 1).stream().map(date -> schedule.occurrence(found, date, changed))
                .filter(o -> o.endsAt().isAfter(clock.instant())).limit(count).toList();
        Locality locality = directory.findLocality(found.getLocalityId()).orElseThrow();
        List<Person> members = found.memberIds().stream().map(directory::findPerson).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Person::displayName)).toList();
        return new SeriesView(found, locality, directory.person(found.getChairId()), members, coming, rights);
    }

    private Map<LocalDate, OccurrenceChange> changesOf(long seriesId) {
        return new HashMap<>(LocalitySchedule.byDate(changes.findBySeriesId(seriesId)));
    }

    /** The chair and members still active: whom the series' mails go to. */
    Set<Person> recipients(LocalitySeries found) {
        Set<Long> ids = new HashSet<>(found.memberIds());
        ids.add(found.getChairId());
        return ids.stream().map(directory::findPerson).flatMap(Optional::stream).filter(Person::active).collect(Collectors.toSet());
    }

    private LocalitySeries require(String username, long seriesId, Predicate<LocalityRights> allowed) {
        Person person = person(username);
        LocalitySeries found = series.findById(seriesId).orElseThrow(() -> new NotFoundException("There is no locality series " + seriesId));
        LocalityRights rights = rights(person, found);
        if (!rights.view()) {
            throw new NotFoundException("There is no locality series " + seriesId);
        }
        if (!allowed.test(rights)) {
            throw new AccessDeniedException("not allowed");
        }
        return found;
    }

    private LocalityRights rights(Person person, LocalitySeries found) {
        return policy.localitySeries(person, found.getChairId(), found.memberIds());
    }

    private Person person(String username) {
        return directory.personByUsername(username).orElseThrow(() -> new AccessDeniedException("unknown user"));
    }

    /** A date's agenda, as {@link #agenda} assembles it. */
    public record MeetingAgenda(Occurrence occurrence, Instant since, Instant sentAt, Long meetingId, List<TimedLine> timedItems,
                                List<ReferralLine> referrals, List<ReviewLine> underReview,
                                List<BriefingService.IncidentLine> incidents, List<EpisodeLine> episodes, List<RepeatMissingLine> repeatMissing,
                                Map<String, List<ActionLine>> actions, Map<String, String> reviewEnded, Map<String, AssessmentLine> assessments) {
    }

    /** A subject's open assessment, as the agenda reviews it. */
    public record AssessmentLine(long id, String lead, LocalDate dueDate, boolean overdue, String weighting) {
    }

    /** A time-boxed item of the agenda, with when it runs. */
    public record TimedLine(long id, String title, int minutes, Instant from, Instant to) {
    }

    /** A locality's subjects under review at its next meeting. */
    public record LocalityReviews(SeriesView series, Occurrence next, List<ReviewRow> rows) {
    }

    /** A subject under review: first referred for, last reviewed at (none yet when its first meeting is the next), next review. */
    public record ReviewRow(Subject subject, LocalDate referredFor, LocalDate lastReviewed, LocalDate nextReview) {
    }

    /** A subject on the agenda flagged as going missing again and again: how many episodes, and when the flag was raised. */
    public record RepeatMissingLine(Subject subject, int episodes, Instant raisedAt) {
    }

    /** An action about a subject on the agenda: set at this date, or carried forward from an earlier one while open. */
    public record ActionLine(long actionId, String title, String owner, LocalDate dueDate, boolean open, boolean overdue, LocalDate setFor,
                             boolean visible) {
    }

    /** A subject referred to the date, with who referred it. */
    public record ReferralLine(LocalityReferral referral, Subject subject, String referredBy) {
    }

    /** A subject under review since it was first referred to the series. */
    public record ReviewLine(Subject subject, LocalDate firstReferredFor) {
    }

    /** A missing episode of a subject on the agenda: its page is for those the missing episode's own rules allow. */
    public record EpisodeLine(long episodeId, Subject subject, Instant reportedAt, String status, String riskGrade) {
    }

    /** A series as one reader sees it: its locality, chair and members, and its coming dates. */
    public record SeriesView(LocalitySeries series, Locality locality, Person chair, List<Person> members, List<Occurrence> dates,
                             LocalityRights rights) {
    }
}
