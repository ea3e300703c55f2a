package org.convene.strategy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.convene.meeting.Meeting;
import org.convene.meeting.MeetingStatus;
import org.convene.shared.ApiPage;
import org.convene.shared.Limits;
import org.convene.shared.PlainText;
import org.convene.shared.Plausible;
import org.convene.subject.Subject;
import org.convene.subject.SubjectKind;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Strategy discussions")
class StrategyApiController {

    private final StrategyService strategies;
    private final StrategyRecord record;

    StrategyApiController(StrategyService strategies, StrategyRecord record) {
        this.strategies = strategies;
        this.record = record;
    }

    record Child(@NotBlank @Size(max = Limits.NAME) @PlainText String name, @Plausible LocalDate dateOfBirth,
                 @Size(max = Limits.REFERENCE) @PlainText String reference) {
    }

    record Concern(@NotBlank @Size(max = Limits.CONCERN) @PlainText String concern,
                   @NotBlank @Size(max = Limits.NAME) @PlainText String referrerName,
                   @Positive Long referrerAgencyId, @Size(max = Limits.EMAIL) @PlainText String referrerEmail,
                   @NotEmpty @Size(max = Limits.CHILDREN) List<@NotNull @Valid Child> children, @Positive Long chairId) {
    }

    record ChairAssignment(@NotNull @Positive Long chairId) {
    }

    record Complex(@NotBlank @Size(max = Limits.REASON) @PlainText String reason) {
    }

    record Outcome(@NotBlank @Size(max = Limits.CONCERN) @PlainText String outcome) {
    }

    record Cancellation(@NotBlank @Size(max = Limits.REASON) @PlainText String reason) {
    }

    record ChildSection(@Size(max = Limits.ENTRY) @PlainText String worries, @Size(max = Limits.ENTRY) @PlainText String workingWell,
                        @Size(max = Limits.ENTRY) @PlainText String needsToHappen, Section47Decision decision,
                        @Size(max = Limits.ENTRY) @PlainText String rationale, @Size(max = Limits.ENTRY) @PlainText String childWords,
                        @Schema(description = "The child's family, 1 to 20: children of different families get separate letters") @Min(1) @Max(Limits.CHILDREN) Integer family) {
    }

    record Review(@Plausible LocalDate reviewBy) {
    }

    record ChildView(long id, SubjectKind kind, String name, LocalDate dateOfBirth, String reference) {
        static ChildView of(Subject s) {
            return new ChildView(s.id(), s.kind(), s.name(), s.dateOfBirth(), s.reference());
        }
    }

    record MeetingLine(long id, String type, MeetingStatus status, Instant conveneBy, Instant startsAt) {
        static MeetingLine of(Meeting m) {
            return new MeetingLine(m.getId(), m.getType(), m.getStatus(), m.getConveneBy(), m.getStartsAt());
        }
    }

    record ConcernSummary(long id, StrategyStatus status, Long chairId, Instant raisedAt, Instant outcomeDueBy) {
        static ConcernSummary of(StrategyCase c) {
            return new ConcernSummary(c.getId(), c.getStatus(), c.getChairId(), c.getRaisedAt(), c.getOutcomeDueBy());
        }
    }

    /** A concern as its reader may see it: the concern and the children named, and the meetings they may open. */
    record ConcernView(long id, StrategyStatus status, String concern, List<ChildView> children, String referrerName, Long referrerAgencyId,
                       Long chairId, String raisedBy, Instant raisedAt, String complexReason, Long complexMeetingId,
                       Instant enquiryStartedAt, Instant outcomeDueBy, Long conferenceActionId, String outcome, Instant outcomeRecordedAt,
                       String cancelReason, List<MeetingLine> meetings) {
        static ConcernView of(StrategyService.StrategyView view) {
            StrategyCase c = view.strategy();
            return new ConcernView(c.getId(), c.getStatus(), c.getConcern(), view.children().stream().map(ChildView::of).toList(),
                    c.getReferrerName(), c.getReferrerAgencyId(), c.getChairId(), c.getRaisedBy(), c.getRaisedAt(), c.getComplexReason(),
                    c.getComplexMeetingId(), c.getEnquiryStartedAt(), c.getOutcomeDueBy(), c.getIcpcActionId(), c.getOutcome(),
                    c.getOutcomeRecordedAt(), c.getCancelReason(), view.meetings().stream().map(MeetingLine::of).toList());
        }
    }

    @PostMapping("/api/strategy")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('CHAIR', 'MANAGER')")
    @Operation(summary = "Raise a concern about one or more children; its strategy discussion must then be convened in time")
    ConcernView raise(@Valid @RequestBody Concern request, Principal principal) {
        StrategyCase strategy = strategies.raise(principal.getName(), new NewConcern(request.concern(), request.referrerName(),
                request.referrerAgencyId(), request.referrerEmail(),
                request.children().stream().map(c -> Subject.child(c.name(), c.dateOfBirth(), c.reference())).toList(), request.chairId()));
        return get(strategy.getId(), principal);
    }

    @GetMapping("/api/strategy")
    @Operation(summary = "The concerns you may see, newest first, a page at a time (size up to 100)")
    ApiPage<ConcernSummary> list(@Valid @ModelAttribute ApiPage.Request paging, Principal principal) {
        return paging.of((page, size) -> strategies.visibleCases(principal.getName(), page, size).stream().map(ConcernSummary::of).toList());
    }

    @GetMapping("/api/strategy/{id}")
    @Operation(summary = "A concern, if you chair it, raised or referred it, oversee its chair, or may see one of its meetings")
    ConcernView get(@PathVariable long id, Principal principal) {
        return ConcernView.of(strategies.read(principal.getName(), id));
    }

    @PostMapping("/api/strategy/{id}/chair")
    @Operation(summary = "Give the concern, with its open discussions, to a chair")
    ConcernSummary assignChair(@PathVariable long id, @Valid @RequestBody ChairAssignment request, Principal principal) {
        return ConcernSummary.of(strategies.assignChair(principal.getName(), id, request.chairId()));
    }

    @PostMapping("/api/strategy/{id}/discussions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask for another strategy discussion (the chair; one waiting at a time)")
    MeetingLine requestDiscussion(@PathVariable long id, Principal principal) {
        return MeetingLine.of(strategies.requestDiscussion(principal.getName(), id));
    }

    @PostMapping("/api/strategy/{id}/complex")
    @Operation(summary = "Mark the concern complex: a complex strategy meeting is asked for within the timescale of the first discussion")
    ConcernView markComplex(@PathVariable long id, @Valid @RequestBody Complex request, Principal principal) {
        strategies.markComplex(principal.getName(), id, request.reason());
        return get(id, principal);
    }

    @PostMapping("/api/strategy/{id}/outcome")
    @Operation(summary = "Record the outcome of the section 47 enquiry; the concern closes")
    ConcernView recordOutcome(@PathVariable long id, @Valid @RequestBody Outcome request, Principal principal) {
        strategies.recordOutcome(principal.getName(), id, request.outcome());
        return get(id, principal);
    }

    @PostMapping("/api/strategy/{id}/cancellation")
    @Operation(summary = "Withdraw an open concern; its discussions not yet held are cancelled")
    ConcernView cancel(@PathVariable long id, @Valid @RequestBody Cancellation request, Principal principal) {
        strategies.cancel(principal.getName(), id, request.reason());
        return get(id, principal);
    }

    @PutMapping("/api/meetings/{meetingId}/record/children/{childId}")
    @Operation(summary = "A strategy discussion's record for one child: the risk analysis, the decision, and the child's own words")
    StrategyChildRecord saveChild(@PathVariable long meetingId, @PathVariable long childId, @Valid @RequestBody ChildSection section,
                                  Principal principal) {
        return record.saveChild(principal.getName(), meetingId, childId, section.worries(), section.workingWell(), section.needsToHappen(),
                section.decision(), section.rationale(), section.childWords(), section.family());
    }

    @PutMapping("/api/meetings/{meetingId}/record/review")
    @Operation(summary = "Decide on a review strategy discussion by a date (null for none); it is asked for when the minutes are approved")
    void review(@PathVariable long meetingId, @Valid @RequestBody Review review, Principal principal) {
        record.setReviewDate(principal.getName(), meetingId, review.reviewBy());
    }
}
