package org.convene.strategy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.convene.audit.AuditTrail;
import org.convene.calendar.CouncilTime;
import org.convene.calendar.Deadlines;
import org.convene.meeting.Meeting;
import org.convene.minutes.MinutesContent;
import org.convene.minutes.MinutesService;
import org.convene.minutes.RecordSection;
import org.convene.shared.InvalidRequestException;
import org.convene.shared.NotFoundException;
import org.convene.shared.RetryOnConflict;
import org.convene.shared.Text;
import org.convene.subject.Subject;
import org.convene.subject.Subjects;
import org.convene.web.DateInput;
import org.convene.web.Forms;
import org.convene.web.Options;
import org.springframework.stereotype.Service;
import org.springframework.ui.Model;

/**
 * A strategy discussion's own part of its record: for each child, the risk analysis (what are we worried about, what is
 * working well, what needs to happen), the decision with its rationale, and the child's own words; and whether to hold a
 * review by a date. The chair writes it while the record is open; the minutes keep it in each approved version.
 */
@Service
public class StrategyRecord implements RecordSection {

    static final String MINUTES = "minutes";

    private final StrategyChildRecordRepository childRecords;
    private final StrategyReviewRepository reviews;
    private final MinutesService minutes;
    private final Subjects subjects;
    private final AuditTrail audit;
    private final Deadlines deadlines;
    private final CouncilTime dates;
    private final RetryOnConflict retry;
    private final Clock clock;

    StrategyRecord(StrategyChildRecordRepository childRecords, StrategyReviewRepository reviews, MinutesService minutes, Subjects subjects,
                   AuditTrail audit, Deadlines deadlines, CouncilTime dates, RetryOnConflict retry, Clock clock) {
        this.childRecords = childRecords;
        this.reviews = reviews;
        this.minutes = minutes;
        this.subjects = subjects;
        this.audit = audit;
        this.deadlines = deadlines;
        this.dates = dates;
        this.retry = retry;
        this.clock = clock;
    }

    public StrategyChildRecord saveChild(String username, long meetingId, long subjectId, String worries, String workingWell,
                                         String needsToHappen, Section47Decision decision, String rationale, String childWords, Integer family) {
        return retry.inTransaction(() -> {
            Meeting meeting = editable(username, meetingId);
            if (childrenOf(meeting).stream().noneMatch(child -> child.id() == subjectId)) {
                throw new NotFoundException("That child is not part of this meeting");
            }
            Long existing = recordOf(meeting, subjectId).id();
            StrategyChildRecord saved = childRecords.save(new StrategyChildRecord(existing, meetingId, subjectId, Text.orNull(worries),
                    Text.orNull(workingWell), Text.orNull(needsToHappen), decision, Text.orNull(rationale), Text.orNull(childWords),
                    family == null ? recordOf(meeting, subjectId).family() : family));
            audit.record(username, "record.child-saved", MINUTES, meetingId, Map.of("subjectId", subjectId, "decision", String.valueOf(decision)));
            return saved;
        });
    }

    /** The review strategy discussion the meeting decided on, by a date (or none). It is asked for when the minutes are approved. */
    public void setReviewDate(String username, long meetingId, LocalDate reviewBy) {
        retry.inTransaction(() -> {
            editable(username, meetingId);
            if (reviewBy != null && !reviewBy.isAfter(deadlines.today(clock))) {
                throw new InvalidRequestException("reviewBy", "The review must be on a date after today.");
            }
            StrategyReview existing = reviews.findByMeetingId(meetingId).orElse(null);
            if (existing != null && existing.reviewMeetingId() != null) {
                throw new InvalidRequestException("reviewBy", "The review has already been asked for.");
            }
            if (reviewBy == null) {
                if (existing != null) {
                    reviews.delete(existing);
                }
            } else {
                reviews.save(new StrategyReview(existing == null ? null : existing.id(), meetingId, reviewBy, null));
            }
            audit.record(username, "record.review-date-set", MINUTES, meetingId, Map.of("reviewBy", String.valueOf(reviewBy)));
            return null;
        });
    }

    @Override
    public boolean appliesTo(Meeting meeting) {
        return StrategyService.CASE_TYPE.equals(meeting.getCaseType());
    }

    @Override
    public String template() {
        return "strategy/record-section.ftlh";
    }

    @Override
    public List<String> forms() {
        return List.of("child", "review");
    }

    @Override
    public void addTo(Model model, Meeting meeting) {
        List<ChildPart> children = childrenOf(meeting).stream().map(child -> new ChildPart(child, recordOf(meeting, child.id()))).toList();
        model.addAttribute("strategyChildren", children);
        model.addAttribute("decisions", Options.of(Section47Decision.values(), Section47Decision::label));
        model.addAttribute("families", IntStream.rangeClosed(1, children.size())
                .mapToObj(n -> Options.option(String.valueOf(n), "Family " + n)).toList());
        model.addAttribute("reviewBy", reviews.findByMeetingId(meeting.getId()).map(StrategyReview::reviewBy).orElse(null));
        Forms.offer(model, "review", () -> new StrategyPages.ReviewForm(DateInput.of(reviews.findByMeetingId(meeting.getId())
                .map(StrategyReview::reviewBy).orElse(null))));
    }

    @Override
    public List<MinutesContent.Section> snapshot(Meeting meeting) {
        List<MinutesContent.Section> sections = new ArrayList<>();
        for (Subject child : childrenOf(meeting)) {
            StrategyChildRecord record = recordOf(meeting, child.id());
            sections.add(new MinutesContent.Section(child.name(), List.of(
                    new MinutesContent.Part("What are we worried about?", record.worries()),
                    new MinutesContent.Part("What is working well?", record.workingWell()),
                    new MinutesContent.Part("What needs to happen?", record.needsToHappen()),
                    new MinutesContent.Part("Decision", record.decision() == null ? null
                            : record.decision().label() + (record.rationale() == null ? "" : ". Because: " + record.rationale())),
                    new MinutesContent.Part("In " + child.name() + "'s own words", record.childWords()))));
        }
        LocalDate reviewBy = reviews.findByMeetingId(meeting.getId()).map(StrategyReview::reviewBy).orElse(null);
        sections.add(new MinutesContent.Section("Review", List.of(new MinutesContent.Part(null, reviewBy == null
                ? "No review strategy discussion set." : "A review strategy discussion by " + dates.date(reviewBy) + "."))));
        return sections;
    }

    private Meeting editable(String username, long meetingId) {
        Meeting meeting = minutes.requireEditable(username, meetingId);
        if (!appliesTo(meeting)) {
            throw new NotFoundException("This meeting has no strategy record");
        }
        return meeting;
    }

    private List<Subject> childrenOf(Meeting meeting) {
        return subjects.ofCase(meeting.getCaseType(), meeting.getCaseId());
    }

    private StrategyChildRecord recordOf(Meeting meeting, long subjectId) {
        return childRecords.findByMeetingIdOrderById(meeting.getId()).stream().filter(r -> r.subjectId() == subjectId).findFirst()
                .orElse(StrategyChildRecord.empty(meeting.getId(), subjectId));
    }

    /** A child and their part of the record, for the record page. */
    public record ChildPart(Subject child, StrategyChildRecord record) {
    }
}
