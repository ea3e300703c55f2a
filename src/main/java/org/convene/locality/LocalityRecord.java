package org.convene.locality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convene.assessment.AssessmentService;
import org.convene.assessment.ContextAssessment;
import org.convene.audit.AuditTrail;
import org.convene.calendar.CouncilTime;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.meeting.Meeting;
import org.convene.minutes.MinutesContent;
import org.convene.minutes.MinutesService;
import org.convene.minutes.RecordSection;
import org.convene.shared.ConflictException;
import org.convene.shared.InvalidRequestException;
import org.convene.shared.Limits;
import org.convene.shared.NotFoundException;
import org.convene.shared.RetryOnConflict;
import org.convene.shared.Text;
import org.convene.strategy.NewConcern;
import org.convene.strategy.StrategyService;
import org.convene.subject.Subject;
import org.convene.subject.SubjectKind;
import org.convene.subject.Subjects;
import org.convene.web.DateInput;
import org.convene.web.Options;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.ui.Model;

/**
 * A locality meeting's own part of its record: for each subject on the date's agenda, the analysis, and the decision
 * with its reason (keep under review; close; raise a strategy discussion about a child; start an assessment of a peer
 * group or a location), each acted on when it is saved, once. What each agency shared is the record's own entries,
 * each with its visibility. The chair writes it while the record is open; the minutes keep it in each approved version.
 */
@Service
public class LocalityRecord implements RecordSection {

    static final String MINUTES = "minutes";

    private final SubjectRecordRepository records;
    private final AgendaSentRepository sent;
    private final AgendaSubjects agendaSubjects;
    private final LocalityService localities;
    private final MinutesService minutes;
    private final StrategyService strategies;
    private final AssessmentService assessments;
    private final Subjects subjects;
    private final Directory directory;
    private final CouncilTime dates;
    private final AuditTrail audit;
    private final RetryOnConflict retry;
    private final Clock clock;

    LocalityRecord(SubjectRecordRepository records, AgendaSentRepository sent, AgendaSubjects agendaSubjects, LocalityService localities, MinutesService minutes,
                   StrategyService strategies, AssessmentService assessments, Subjects subjects, Directory directory, CouncilTime dates,
                   AuditTrail audit, RetryOnConflict retry, Clock clock) {
        this.records = records;
        this.sent = sent;
        this.agendaSubjects = agendaSubjects;
        this.localities = localities;
        this.minutes = minutes;
        this.strategies = strategies;
        this.assessments = assessments;
        this.subjects = subjects;
        this.directory = directory;
        this.dates = dates;
        this.audit = audit;
        this.retry = retry;
        this.clock = clock;
    }

    /** Saves a subject's analysis and decision; a decision that closes, raises or starts something is acted on now, and then kept. */
    SubjectRecord save(String username, long meetingId, long subjectId, SubjectDecision decided) {
        return retry.inTransaction(() -> {
            Meeting meeting = editable(username, meetingId);
            AgendaSent date = dateOf(meeting);
            if (!agendaSubjects.at(date.seriesId(), date.meetingDate()).contains(subjectId)) {
                throw new NotFoundException("That subject is not on this meeting's agenda");
            }
            SubjectRecord existing = recordOf(meetingId, subjectId);
            LocalityDecision decision = decided.decision();
            if (existing.decision() != null && existing.decision().actedOn() && decision != existing.decision()) {
                throw new ConflictException("The decision (" + existing.decision().label().toLowerCase() + ") has been acted on and stays.");
            }
            String analysis = Text.orNull(decided.analysis());
            if (analysis != null && analysis.length() > Limits.ENTRY) {
                throw new InvalidRequestException("analysis", "Keep the analysis to " + Limits.ENTRY + " characters or fewer.");
            }
            String reason = Text.orNull(decided.reason());
            if (reason != null && reason.length() > Limits.REASON) {
                throw new InvalidRequestException("reason", "Keep the reason to " + Limits.REASON + " characters or fewer.");
            }
            Long strategyCaseId = existing.strategyCaseId();
            Long assessmentId = existing.assessmentId();
            if (decision != null && decision != existing.decision()) {
                Subject subject = subjects.subject(subjectId);
                switch (decision) {
                    case KEEP_UNDER_REVIEW -> { }
                    case CLOSE -> localities.endReview(username, date.seriesId(), date.meetingDate(), subjectId,
                            Text.required(reason, "reason", "Say why the review closes."));
                    case STRATEGY_DISCUSSION -> strategyCaseId = raise(username, date, subject, Text.required(reason, "reason",
                            "Say why a strategy discussion is needed."));
                    case ASSESSMENT -> assessmentId = assessments.start(username, subjectId, date.seriesId(), decided.assessmentLeadId(),
                            decided.assessmentDue()).id();
                }
            }
            SubjectRecord saved = records.save(new SubjectRecord(existing.id(), meetingId, subjectId, analysis, decision, reason, strategyCaseId,
                    assessmentId, username, clock.instant()));
            audit.record(username, "record.subject-saved", MINUTES, meetingId, Map.of("subjectId", subjectId, "decision", String.valueOf(decision),
                    "strategyCaseId", String.valueOf(strategyCaseId), "assessmentId", String.valueOf(assessmentId)));
            return saved;
        });
    }

    private long raise(String username, AgendaSent date, Subject subject, String reason) {
        if (subject.kind() != SubjectKind.CHILD) {
            throw new InvalidRequestException("decision", "A strategy discussion is about a child. For a peer group or a location, start an "
                    + "assessment, or raise one about each child at risk.");
        }
        Person chair = directory.personByUsername(username).orElseThrow(() -> new AccessDeniedException("unknown user"));
        String concern = "Raised at the " + localities.localityName(date.seriesId()) + " locality meeting of " + dates.date(date.meetingDate())
                + ": " + reason;
        return strategies.raise(username, new NewConcern(concern, chair.displayName(), chair.agencyId(), chair.email(), List.of(subject), null)).getId();
    }

    @Override
    public boolean appliesTo(Meeting meeting) {
        return LocalityMeetingKind.TYPE.equals(meeting.getType());
    }

    @Override
    public String template() {
        return "locality/record-section.ftlh";
    }

    @Override
    public List<String> forms() {
        return List.of("subjectRecord");
    }

    @Override
    public void addTo(Model model, Meeting meeting) {
        model.addAttribute("localitySubjects", partsOf(meeting));
        model.addAttribute("localityDecisions", Options.of(LocalityDecision.values(), LocalityDecision::label));
        model.addAttribute("assessmentLeads", directory.people().stream().filter(Person::active)
                .map(p -> Options.option(String.valueOf(p.id()), p.displayName())).toList());
        if (!model.containsAttribute("subjectRecord")) {
            model.addAttribute("subjectRecord", new LocalityPages.SubjectRecordForm(null, null, null, null, DateInput.EMPTY));
        }
    }

    @Override
    public List<MinutesContent.Section> snapshot(Meeting meeting) {
        List<MinutesContent.Section> sections = new ArrayList<>();
        for (SubjectPart part : partsOf(meeting)) {
            SubjectRecord record = part.record();
            String decision = record.decision() == null ? null : record.decision().label()
                    + (record.reason() == null ? "" : ". Because: " + record.reason())
                    + (part.assessment() == null ? "" : ". Led by " + directory.person(part.assessment().leadId()).displayName() + ", due "
                    + dates.date(part.assessment().dueDate()));
            sections.add(new MinutesContent.Section(part.subject().name() + " (" + part.subject().kind().label().toLowerCase() + ")", List.of(
                    new MinutesContent.Part("Analysis", record.analysis()),
                    new MinutesContent.Part("Decision", decision))));
        }
        return sections;
    }

    /** Each subject on the meeting's agenda with its part of the record, and its open assessment if it has one. */
    private List<SubjectPart> partsOf(Meeting meeting) {
        AgendaSent date = dateOf(meeting);
        List<Long> ids = agendaSubjects.at(date.seriesId(), date.meetingDate());
        Map<Long, Subject> named = subjects.subjects(ids);
        Map<Long, ContextAssessment> open = assessments.openAbout(ids);
        List<SubjectRecord> saved = records.findByMeetingIdOrderById(meeting.getId());
        return ids.stream().map(id -> new SubjectPart(named.get(id), saved.stream().filter(r -> r.subjectId() == id).findFirst()
                .orElse(SubjectRecord.empty(meeting.getId(), id)), open.get(id))).toList();
    }

    private Meeting editable(String username, long meetingId) {
        Meeting meeting = minutes.requireEditable(username, meetingId);
        if (!appliesTo(meeting)) {
            throw new NotFoundException("This meeting has no locality record");
        }
        return meeting;
    }

    private AgendaSent dateOf(Meeting meeting) {
        return sent.findByMeetingId(meeting.getId()).orElseThrow(() -> new NotFoundException("This meeting holds no date of a locality series"));
    }

    private SubjectRecord recordOf(long meetingId, long subjectId) {
        return records.findByMeetingIdOrderById(meetingId).stream().filter(r -> r.subjectId() == subjectId).findFirst()
                .orElse(SubjectRecord.empty(meetingId, subjectId));
    }

    /** What the chair decided for a subject, as the record page or the API gives it. */
    record SubjectDecision(String analysis, LocalityDecision decision, String reason, Long assessmentLeadId, LocalDate assessmentDue) {

        @Override
        public String toString() {
            return "SubjectDecision[" + decision + "]";
        }
    }

    /** A subject on the agenda with its part of the record, and its open assessment. */
    public record SubjectPart(Subject subject, SubjectRecord record, ContextAssessment assessment) {
    }
}
