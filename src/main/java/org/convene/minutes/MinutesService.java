package org.convene.minutes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.convene.access.MeetingRights;
import org.convene.action.ActionService;
import org.convene.action.MeetingReference;
import org.convene.audit.AuditTrail;
import org.convene.calendar.CouncilTime;
import org.convene.calendar.Deadlines;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.meeting.GuestAccess;
import org.convene.meeting.Invitation;
import org.convene.meeting.Meeting;
import org.convene.meeting.MeetingKind;
import org.convene.meeting.MeetingService;
import org.convene.meeting.MeetingStatus;
import org.convene.shared.ConflictException;
import org.convene.shared.Hashes;
import org.convene.shared.IdList;
import org.convene.shared.InvalidRequestException;
import org.convene.shared.NotFoundException;
import org.convene.shared.RetryOnConflict;
import org.convene.shared.Text;
import org.convene.subject.Subjects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of a held meeting and its minutes. The chair writes the record; approving it (with their password asked
 * again) fixes it as an immutable, hashed version, sets its actions going, and has it circulated. A correction opens a
 * new version that names the one it supersedes.
 */
@Service
public class MinutesService {

    static final String ENTITY = "minutes";
    static final String APPROVED = "minutes.approved";

    private final RecordEntryRepository entries;
    private final ObjectProvider<RecordSection> sections;
    private final RecordActionRepository recordActions;
    private final MinutesVersionRepository versions;
    private final MeetingService meetings;
    private final ActionService actions;
    private final MinutesNotices notices;
    private final Directory directory;
    private final PasswordEncoder passwords;
    private final ObjectMapper json;
    private final AuditTrail audit;
    private final RetryOnConflict retry;
    private final Deadlines deadlines;
    private final CouncilTime dates;
    private final Subjects subjects;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MinutesService(RecordEntryRepository entries, ObjectProvider<RecordSection> sections, RecordActionRepository recordActions,
                   MinutesVersionRepository versions, MeetingService meetings, ActionService actions, MinutesNotices notices,
                   Directory directory, PasswordEncoder passwords, ObjectMapper json, AuditTrail audit, RetryOnConflict retry, Deadlines deadlines,
                   CouncilTime dates, Subjects subjects, ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.subjects = subjects;
        this.sections = sections;
        this.dates = dates;
        this.events = events;
        this.recordActions = recordActions;
        this.versions = versions;
        this.meetings = meetings;
        this.actions = actions;
        this.notices = notices;
        this.directory = directory;
        this.passwords = passwords;
        this.json = json;
        this.audit = audit;
        this.retry = retry;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Transactional
    public RecordEntry addEntry(String username, long meetingId, EntryKind kind, Long agencyId, String text, Visibility visibility,
                                List<Long> restrictedTo, Long subjectId) {
        Meeting meeting = requireEditable(username, meetingId);
        if (subjectId != null && meetings.subjectsOf(meeting).stream().noneMatch(subject -> subject.id().equals(subjectId))) {
            throw new InvalidRequestException("subjectId", "Choose one of the meeting's children, peer groups or locations, or none.");
        }
        if (kind == null) {
            throw new InvalidRequestException("kind", "Choose what kind of entry this is.");
        }
        Text.required(text, "text", "Write the entry.");
        if (visibility == null) {
            throw new InvalidRequestException("visibility", "Say who may read this entry.");
        }
        List<Long> named = restrictedTo == null ? List.of() : restrictedTo.stream().filter(Objects::nonNull).distinct().toList();
        if (visibility == Visibility.RESTRICTED && named.isEmpty()) {
            throw new InvalidRequestException("restrictedTo", "Name the agencies that may read this restricted entry.");
        }
        if (agencyId != null && directory.findAgency(agencyId).isEmpty()) {
            throw new InvalidRequestException("agencyId", "Choose the agency from the list.");
        }
        if (named.stream().anyMatch(id -> directory.findAgency(id).isEmpty())) {
            throw new InvalidRequestException("restrictedTo", "Choose the agencies from the list.");
        }
        String restricted = visibility == Visibility.RESTRICTED ? IdList.join(named) : null;
        RecordEntry entry = entries.save(new RecordEntry(null, meetingId, kind, agencyId, text.trim(), visibility, restricted, username, clock.instant(),
                subjectId));
        audit.record(username, "record.entry-added", ENTITY, meetingId, Map.of("entryId", entry.id(), "kind", kind.name(), "visibility", visibility.name()));
        return entry;
    }

    @Transactional
    public void removeEntry(String username, long meetingId, long entryId) {
        requireEditable(username, meetingId);
        RecordEntry entry = entries.findById(entryId).filter(e -> e.meetingId() == meetingId)
                .orElseThrow(() -> new NotFoundException("There is no such entry in this record"));
        entries.delete(entry);
        audit.record(username, "record.entry-removed", ENTITY, meetingId, Map.of("entryId", entryId));
    }

    @Transactional
    public RecordAction addAction(String username, long meetingId, String description, Long ownerPersonId, Long ownerAgencyId, LocalDate dueDate) {
        requireEditable(username, meetingId);
        Text.required(description, "description", "Say what needs to be done.");
        if ((ownerPersonId == null) == (ownerAgencyId == null)) {
            throw new InvalidRequestException("owner", "Choose who will do it: a person or an agency.");
        }
        if ((ownerPersonId != null && directory.findPerson(ownerPersonId).isEmpty())
                || (ownerAgencyId != null && directory.findAgency(ownerAgencyId).isEmpty())) {
            throw new InvalidRequestException("owner", "Choose who will do it from the list.");
        }
        if (dueDate == null || dueDate.isBefore(deadlines.today(clock))) {
            throw new InvalidRequestException("dueDate", "Give a due date that is not in the past.");
        }
        RecordAction action = recordActions.save(new RecordAction(null, meetingId, description.trim(), ownerPersonId, ownerAgencyId, dueDate, null));
        audit.record(username, "record.action-added", ENTITY, meetingId, Map.of("recordActionId", action.id()));
        return action;
    }

    /**
     * Approves the record as the next version of the minutes. The chair's password is asked again. The first approval
     * sets the agreed actions going and lets the meeting's process circulate the minutes; a correction is circulated
     * at once.
     */
    public MinutesVersionSummary approve(String username, long meetingId, String password) {
        return retry.inTransaction(() -> {
            Meeting meeting = requireEditable(username, meetingId);
            Person chair = person(username);
            if (password == null || chair.passwordHash() == null || !passwords.matches(password, chair.passwordHash())) {
                throw new InvalidRequestException("password", "The password is not right. Approving minutes needs your password again.");
            }
            List<MinutesVersion> existing = versions.findByMeetingIdOrderByVersion(meetingId);
            MinutesContent content = snapshot(meeting);
            String serialized = toJson(content);
            String hash = Hashes.sha256(serialized);
            Optional<MinutesVersion> draft = existing.stream().filter(v -> v.status() == MinutesStatus.DRAFT).findFirst();
            MinutesVersion approved;
            if (draft.isPresent()) {
                existing.stream().filter(v -> v.status() == MinutesStatus.APPROVED).forEach(v -> versions.save(v.supersede()));
                approved = versions.save(draft.get().approve(serialized, hash, username, clock.instant()));
            } else {
                approved = versions.save(new MinutesVersion(null, meetingId, 1, MinutesStatus.APPROVED, serialized, hash, username,
                        clock.instant(), null, null, null));
            }
            audit.recordAndCheckpoint(username, APPROVED, ENTITY, meetingId, approvalChange(approved.version(), hash));
            if (approved.version() == 1) {
                raiseAgreedActions(username, meeting);
                meetings.minutesApproved(username, meetingId);
                events.publishEvent(new MinutesApproved(meetingId, meeting.getCaseType(), meeting.getCaseId(), username));
            } else {
                circulate(meetingId);
            }
            return MinutesVersionSummary.of(approved);
        });
    }

    /** Reopens approved minutes as a new draft version, which will supersede the approved one once approved. */
    @Transactional
    public MinutesVersionSummary startCorrection(String username, long meetingId, String reason) {
        requireChair(username, meetingId);
        Text.required(reason, "reason", "Say what the correction is for.");
        List<MinutesVersion> existing = versions.findByMeetingIdOrderByVersion(meetingId);
        MinutesVersion latest = existing.isEmpty() ? null : existing.getLast();
        if (latest == null || latest.status() != MinutesStatus.APPROVED) {
            throw new ConflictException("There are no approved minutes to correct.");
        }
        MinutesVersion draft = versions.save(new MinutesVersion(null, meetingId, latest.version() + 1, MinutesStatus.DRAFT, null,
                null, null, null, latest.version(), reason.trim(), null));
        audit.record(username, "minutes.correction-started", ENTITY, meetingId, Map.of("version", draft.version(), "supersedes", latest.version()));
        return MinutesVersionSummary.of(draft);
    }

    /**
     * Sends each recipient a link to their copy of the latest approved version: an invitee without an account their
     * invitation's guest link, as a sign-in link would not open for them. Idempotent.
     */
    @Transactional
    public void circulate(long meetingId) {
        Optional<MinutesVersion> latest = versions.findByMeetingIdOrderByVersion(meetingId).stream()
                .filter(v -> v.status() == MinutesStatus.APPROVED).findFirst();
        if (latest.isEmpty() || latest.get().circulatedAt() != null) {
            return;
        }
        Meeting meeting = meetings.meeting(meetingId);
        int version = latest.get().version();
        List<String> recipients = new ArrayList<>();
        for (Invitation invitation : meetings.invitationsOf(meetingId)) {
            if (invitation.isActive() && invitation.getEmail() != null && !recipients.contains(invitation.getEmail())) {
                recipients.add(invitation.getEmail());
                if (invitation.getPersonId() == null) {
                    notices.minutesReadyForGuest(meeting, invitation);
                } else {
                    notices.minutesReady(meetingId, version, invitation.getEmail(), meeting.getChairId());
                }
            }
        }
        for (MeetingKind.MinutesRecipient also : meetings.kindOf(meeting).alsoTold(meeting.getCaseId())) {
            if (recipients.stream().noneMatch(also.email()::equalsIgnoreCase)) {
                if (also.hasAccount()) {
                    recipients.add(also.email());
                    notices.minutesReady(meetingId, version, also.email(), meeting.getChairId());
                } else {
                    // Someone without an account could not open a link: they are told whom to ask instead.
                    notices.minutesApprovedForReferrer(meetingId, also.email(), meeting.getChairId() == null ? null : directory.person(meeting.getChairId()));
                }
            }
        }
        versions.save(latest.get().circulated(clock.instant()));
        audit.record(AuditTrail.SYSTEM, "minutes.circulated", ENTITY, meetingId, Map.of("version", version, "recipients", recipients.size()));
        meetings.minutesCirculated(meetingId);
    }

    /**
     * The reader's own copy of a version, built from what they may read: everything for the chair and auditors; for
     * anyone else who may see the meeting, what their agency may see. The reading is audited.
     */
    @Transactional
    public MinutesCopy copyFor(String username, long meetingId, int version) {
        MeetingRights rights = meetings.rightsOf(username, meetingId);
        requireVisible(rights, meetingId);
        MinutesVersion stored = versions.findByMeetingIdOrderByVersion(meetingId).stream()
                .filter(v -> v.version() == version && v.status() != MinutesStatus.DRAFT).findFirst()
                .orElseThrow(() -> new NotFoundException("There are no approved minutes " + version + " for this meeting"));
        MinutesContent content = fromJson(stored.content());
        audit.record(username, "minutes.read", ENTITY, meetingId, Map.of("version", version, "whole", rights.readEverything()));
        return new MinutesCopy(MinutesVersionSummary.of(stored), rights.readEverything() ? content : content.visibleTo(person(username).agencyId()),
                Hashes.sha256(stored.content()).equals(stored.contentHash()));
    }

    /**
     * A guest's copy of the newest approved minutes of the meeting they were invited to (their agency's copy), if there
     * are any; the reading is audited.
     */
    @Transactional
    public Optional<MinutesCopy> newestCopyForGuest(GuestAccess.Papers papers) {
        long meetingId = papers.meeting().getId();
        return versions.findByMeetingIdOrderByVersion(meetingId).stream().filter(v -> v.status() == MinutesStatus.APPROVED)
                .reduce((older, newer) -> newer).map(stored -> {
                    audit.record(papers.actor(), "minutes.read", ENTITY, meetingId, Map.of("version", stored.version(), "whole", false));
                    return new MinutesCopy(MinutesVersionSummary.of(stored), fromJson(stored.content()).visibleTo(papers.agencyId()),
                            Hashes.sha256(stored.content()).equals(stored.contentHash()));
                });
    }

    /**
     * The record as it stands, with every entry: for the chair (and auditors). Everyone else reads the minutes, each
     * in their own copy. The reading is audited.
     */
    @Transactional
    public RecordView record(String username, long meetingId) {
        MeetingRights rights = meetings.rightsOf(username, meetingId);
        requireVisible(rights, meetingId);
        if (!rights.readEverything()) {
            throw new AccessDeniedException("the record is the chair's");
        }
        Meeting meeting = meetings.meeting(meetingId);
        List<MinutesVersion> existing = versions.findByMeetingIdOrderByVersion(meetingId);
        audit.record(username, "record.read", ENTITY, meetingId, Map.of());
        return new RecordView(meeting, meetings.kindOf(meeting).label(), entries.findByMeetingIdOrderById(meetingId), sectionsOf(meeting),
                recordActions.findByMeetingIdOrderById(meetingId), existing.stream().map(MinutesVersionSummary::of).toList(),
                rights.chair(), rights.chair() && isEditable(meeting, existing));
    }

    /** The approved versions of a meeting's minutes, for anyone who may see the meeting. */
    @Transactional(readOnly = true)
    public List<MinutesVersionSummary> approvedVersions(String username, long meetingId) {
        requireVisible(meetings.rightsOf(username, meetingId), meetingId);
        return versions.findByMeetingIdOrderByVersion(meetingId).stream().filter(v -> v.status() != MinutesStatus.DRAFT)
                .map(MinutesVersionSummary::of).toList();
    }

    private void raiseAgreedActions(String username, Meeting meeting) {
        for (RecordAction agreed : recordActions.findByMeetingIdOrderById(meeting.getId())) {
            if (agreed.actionId() == null) {
                long actionId = actions.raise(username, agreed.description(), agreed.ownerPersonId(), agreed.ownerAgencyId(),
                        agreed.dueDate(), new MeetingReference(meeting.getId(), meeting.getType())).getId();
                recordActions.save(agreed.raisedAs(actionId));
            }
        }
    }

    private MinutesContent snapshot(Meeting meeting) {
        List<Invitation> invited = meetings.invitationsOf(meeting.getId());
        List<MinutesContent.AttendanceLine> attendance = invited.stream().filter(Invitation::isActive)
                .map(i -> new MinutesContent.AttendanceLine(attendeeName(i, invited), i.getAgencyId() == null ? "" : directory.agency(i.getAgencyId()).name(),
                        i.getAttendance() == null ? "Not recorded" : i.getAttendance().label()))
                .toList();
        List<MinutesContent.EntryLine> lines = entries.findByMeetingIdOrderById(meeting.getId()).stream().map(e ->
                new MinutesContent.EntryLine(e.kind().name(), e.agencyId(), e.agencyId() == null ? null : directory.agency(e.agencyId()).name(),
                        e.text(), e.visibility().name(), List.copyOf(e.restrictedToAgencies()),
                        e.restrictedToAgencies().stream().map(id -> directory.agency(id).name()).sorted().collect(Collectors.joining(", ")),
                        e.subjectId(), e.subjectId() == null ? null : subjects.subject(e.subjectId()).name()))
                .toList();
        List<MinutesContent.ActionLine> agreed = recordActions.findByMeetingIdOrderById(meeting.getId()).stream().map(a ->
                new MinutesContent.ActionLine(a.description(), a.ownerPersonId() != null ? directory.person(a.ownerPersonId()).displayName()
                        : directory.agency(a.ownerAgencyId()).name(), a.dueDate())).toList();
        return new MinutesContent(meeting.getId(), meetings.kindOf(meeting).label(), meeting.getStartsAt(), meeting.getHeldAt(),
                meeting.getChairId() == null ? null : directory.person(meeting.getChairId()).displayName(),
                meeting.getLocation() == null ? "Online" : meeting.getLocation(), attendance, meeting.getQuorumOverrideReason(),
                meeting.getConfidentialityReadAt() != null, sectionsOf(meeting), lines, agreed);
    }

    /** The sections the workflow that convened the meeting adds to its record, as they stand. */
    private List<MinutesContent.Section> sectionsOf(Meeting meeting) {
        return sections.orderedStream().filter(section -> section.appliesTo(meeting)).flatMap(section -> section.snapshot(meeting).stream()).toList();
    }

    /** The workflow sections of a meeting's record, for the record page: each shows and edits its own part. */
    List<RecordSection> recordSectionsOf(Meeting meeting) {
        return sections.orderedStream().filter(section -> section.appliesTo(meeting)).toList();
    }

    /** Who an invitation brought: the person, the delegate named in the invitation they stood in for, or who came for an inbox. */
    private String attendeeName(Invitation invitation, List<Invitation> all) {
        if (invitation.getPersonId() != null) {
            return directory.person(invitation.getPersonId()).displayName();
        }
        if (!invitation.isByEmail()) {
            return invitation.getInviteeName();
        }
        if (invitation.getDelegateOfId() != null) {
            return all.stream().filter(i -> i.getId().equals(invitation.getDelegateOfId())).map(Invitation::getDelegateName)
                    .findFirst().orElse("A delegate");
        }
        return invitation.getAttendedBy() != null ? invitation.getAttendedBy() : "Duty inbox";
    }

    /**
     * The meeting, if the person is its chair and its record may be changed now: once it is held and until its minutes
     * are approved, or while a correction is open, and never while its kind closes it to recording (private family
     * time). Workflows check this before changing their own sections.
     */
    @Transactional(readOnly = true)
    public Meeting requireEditable(String username, long meetingId) {
        requireChair(username, meetingId);
        Meeting meeting = meetings.meeting(meetingId);
        if (!isEditable(meeting, versions.findByMeetingIdOrderByVersion(meetingId))) {
            if (meeting.getStatus() == MeetingStatus.CONVENED || meeting.getStatus() == MeetingStatus.REQUESTED) {
                throw new ConflictException("Record attendance and that the meeting was held before writing its record.");
            }
            throw new ConflictException("These minutes are approved and cannot be changed. Start a correction to make a new version.");
        }
        meetings.kindOf(meeting).closedToRecording(meeting).ifPresent(why -> {
            throw new ConflictException(why);
        });
        return meeting;
    }

    private static boolean isEditable(Meeting meeting, List<MinutesVersion> existing) {
        if (existing.isEmpty()) {
            return meeting.getStatus() == MeetingStatus.HELD;
        }
        return existing.getLast().status() == MinutesStatus.DRAFT;
    }

    private void requireChair(String username, long meetingId) {
        MeetingRights rights = meetings.rightsOf(username, meetingId);
        requireVisible(rights, meetingId);
        if (!rights.chair()) {
            throw new AccessDeniedException("not the chair");
        }
    }

    private static void requireVisible(MeetingRights rights, long meetingId) {
        if (!rights.view()) {
            throw new NotFoundException("There is no meeting " + meetingId);
        }
    }

    private Person person(String username) {
        return directory.personByUsername(username).orElseThrow(() -> new AccessDeniedException("unknown user"));
    }

    private String toJson(MinutesContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Minutes cannot be serialised", e);
        }
    }

    private MinutesContent fromJson(String content) {
        try {
            MinutesContent minutes = json.readValue(content, MinutesContent.class);
            JsonNode stored = json.readTree(content);
            return stored.has("children") ? minutes.withSections(storedBeforeSections(stored)) : minutes;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored minutes cannot be read", e);
        }
    }

    /**
     * Minutes approved before workflows had sections kept a strategy discussion's record of each child, and its review
     * date, in fields of their own: they are read as the sections they would be now. The stored text, and so its hash,
     * is never changed.
     */
    private List<MinutesContent.Section> storedBeforeSections(JsonNode stored) {
        List<MinutesContent.Section> sections = new ArrayList<>();
        for (JsonNode child : stored.path("children")) {
            String name = child.path("name").asText();
            String decision = text(child, "decision");
            String rationale = text(child, "rationale");
            sections.add(new MinutesContent.Section(name, List.of(
                    new MinutesContent.Part("What are we worried about?", text(child, "worries")),
                    new MinutesContent.Part("What is working well?", text(child, "workingWell")),
                    new MinutesContent.Part("What needs to happen?", text(child, "needsToHappen")),
                    new MinutesContent.Part("Decision", decision == null ? null : decision + (rationale == null ? "" : ". Because: " + rationale)),
                    new MinutesContent.Part("In " + name + "'s own words", text(child, "childWords")))));
        }
        String reviewBy = text(stored, "reviewBy");
        sections.add(new MinutesContent.Section("Review", List.of(new MinutesContent.Part(null, reviewBy == null
                ? "No review strategy discussion set." : "A review strategy discussion by " + dates.date(LocalDate.parse(reviewBy)) + "."))));
        return sections;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    /** What the approval's audit event records: the audit verifier recomputes it from the stored content. */
    static Map<String, Object> approvalChange(int version, String contentHash) {
        return Map.of("version", version, "contentHash", contentHash);
    }

    /**
     * A reader's copy of one version, and whether its stored content still matches its hash. It holds the version's
     * particulars and the reader's content, never the stored document the copy is built from.
     */
    public record MinutesCopy(MinutesVersionSummary version, MinutesContent content, boolean hashVerified) {
    }

    /** The record as the chair works on it, with the sections of the workflow that convened the meeting as they stand. */
    public record RecordView(Meeting meeting, String kind, List<RecordEntry> entries, List<MinutesContent.Section> sections, List<RecordAction> actions,
                             List<MinutesVersionSummary> versions, boolean chair, boolean editable) {
    }
}
