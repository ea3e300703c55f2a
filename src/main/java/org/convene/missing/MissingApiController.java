package org.convene.missing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.convene.minutes.Visibility;
import org.convene.shared.ApiPage;
import org.convene.shared.Limits;
import org.convene.shared.PlainText;
import org.convene.shared.Plausible;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Missing episodes through the API: police systems and the council's case system push episodes, updates, re-gradings
 * and returns; the interview is recorded by whoever offers it. Every call is decided by {@code AccessPolicy}.
 */
@RestController
@Tag(name = "Missing children")
class MissingApiController {

    private final MissingService missing;

    MissingApiController(MissingService missing) {
        this.missing = missing;
    }

    @Schema(description = "A child reported missing. Name the child, or give the id of a child already known to Convene.")
    record Report(@Schema(example = "null") @Positive Long subjectId,
                  @Schema(example = "Jordan Example") @Size(max = Limits.NAME) @PlainText String childName,
                  @Schema(example = "2011-05-04") @Plausible LocalDate childDateOfBirth,
                  @Schema(example = "LCS-204811") @Size(max = Limits.REFERENCE) @PlainText String childReference,
                  @Schema(example = "POLICE") @NotNull ReporterKind reporterKind,
                  @Schema(example = "PC 4411 Jones") @Size(max = Limits.NAME) @PlainText String reporterName,
                  @Schema(example = "AS-20261127-0042") @Size(max = Limits.REFERENCE) @PlainText String policeReference,
                  @Schema(example = "CARE_PLACEMENT") @NotNull MissingFrom missingFrom,
                  @Schema(example = "Oak House children's home") @Size(max = Limits.PLACE) @PlainText String missingFromDetail,
                  @Schema(example = "2026-11-27T18:30:00Z") @NotNull @Plausible Instant lastSeenAt,
                  @Schema(example = "2026-11-27T21:05:00Z") @NotNull @Plausible Instant reportedAt,
                  @Schema(example = "true") Boolean lookedAfter,
                  @Schema(example = "false") Boolean childProtectionPlan,
                  @Positive Long planChairId,
                  @Schema(example = "Seen with older males at the bus station") @Size(max = Limits.REASON * 2) @PlainText String exploitationConcerns,
                  @Schema(example = "MEDIUM") @NotNull RiskGrade riskGrade,
                  @Schema(example = "Out of character; no phone") @Size(max = Limits.REASON) @PlainText String gradeReason,
                  @Positive Long socialWorkerId,
                  @Positive Long coordinatorId) {
    }

    record Grading(@Schema(example = "HIGH") @NotNull RiskGrade grade,
                   @Schema(example = "Seen getting into a car with an older male") @NotBlank @Size(max = Limits.REASON) @PlainText String reason) {
    }

    record Update(@Schema(example = "SIGHTING") @NotNull UpdateKind kind,
                  @Schema(example = "Seen near the station at 23:10 by a transport officer") @NotBlank @Size(max = Limits.NOTE) @PlainText String text,
                  @Schema(example = "PROFESSIONALS") Visibility visibility,
                  @Size(max = 20) Set<@NotNull @Positive Long> restrictedTo) {
    }

    record Return(@Schema(example = "2026-11-28T09:15:00Z") @NotNull @Plausible Instant returnedAt,
                  @Schema(example = "Found at a friend's flat, taken back to placement") @Size(max = Limits.PLACE) @PlainText String where,
                  @Schema(example = "FOUND_BY_POLICE") @NotNull ReturnHow how,
                  @Schema(example = "PC 4411 Jones") @Size(max = Limits.NAME) @PlainText String by) {
    }

    record Closure(@Schema(example = "AWAY_WITHOUT_AUTHORISATION") @NotNull ClosedAs closedAs,
                   @Schema(example = "At her aunt's, known to carers") @Size(max = Limits.REASON) @PlainText String note) {
    }

    record Coordinator(@NotNull @Positive Long coordinatorId) {
    }

    @Schema(description = "Give the interview to a person, or to a service (an agency such as a commissioned charity): one of the two.")
    record Assignee(@Positive Long personId, @Positive Long agencyId) {
    }

    record Progress(@Schema(example = "OFFERED", description = "OFFERED, ACCEPTED, DECLINED or NOT_OFFERED") @NotNull InterviewStatus status,
                    @Schema(example = "true", description = "With DECLINED: whether the carers were offered the chance to give information")
                    Boolean carersOffered,
                    @Schema(description = "With NOT_OFFERED: why (it goes on the child's record)") @Size(max = Limits.REASON) @PlainText String reason) {
    }

    record Record(@Size(max = Limits.NOTE) @PlainText String pushPullFactors, @Size(max = Limits.NOTE) @PlainText String whereAndWithWhom,
                  @Size(max = Limits.NOTE) @PlainText String travelAndReturn, @Size(max = Limits.NOTE) @PlainText String supportWanted,
                  @Size(max = Limits.NOTE) @PlainText String referralsMade, @Size(max = Limits.NOTE) @PlainText String sharedWith,
                  @Size(max = Limits.NOTE) @PlainText String exploitationIndicators, @Size(max = Limits.NOTE) @PlainText String childWords,
                  @Size(max = Limits.NOTE) @PlainText String harmSuffered, @Size(max = 20) Set<@NotNull @Positive Long> restrictedTo,
                  @Schema(description = "Completes the interview with this record") Boolean complete) {

        InterviewRecord toRecord() {
            return new InterviewRecord(pushPullFactors, whereAndWithWhom, travelAndReturn, supportWanted, referralsMade, sharedWith,
                    exploitationIndicators, childWords, harmSuffered, restrictedTo == null ? Set.of() : restrictedTo);
        }
    }

    record EpisodeSummary(long id, long subjectId, EpisodeStatus status, RiskGrade riskGrade, Instant reportedAt, Instant returnedAt) {
        static EpisodeSummary of(MissingEpisode e) {
            return new EpisodeSummary(e.getId(), e.getSubjectId(), e.getStatus(), e.getRiskGrade(), e.getReportedAt(), e.getReturnedAt());
        }
    }

    record GradingView(RiskGrade grade, String reason, String gradedBy, Instant gradedAt) {
    }

    record UpdateView(long id, UpdateKind kind, String text, Visibility visibility, String writtenBy, Instant writtenAt) {
    }

    /** The interview as its reader may see it: the restricted part is null for those it is not shared with. */
    record InterviewView(InterviewStatus status, Instant dueBy, Long assigneePersonId, Long assigneeAgencyId, Instant offeredAt,
                         Instant declinedAt, boolean carersOffered, Instant completedAt, String notOfferedReason, Instant breachedAt,
                         String pushPullFactors, String whereAndWithWhom, String travelAndReturn, String supportWanted, String referralsMade,
                         String sharedWith, String exploitationIndicators, String childWords, String harmSuffered) {
        static InterviewView of(ReturnInterview i, boolean restricted) {
            return new InterviewView(i.getStatus(), i.getDueBy(), i.getAssigneePersonId(), i.getAssigneeAgencyId(), i.getOfferedAt(),
                    i.getDeclinedAt(), i.isCarersOffered(), i.getCompletedAt(), i.getNotOfferedReason(), i.getBreachedAt(), i.getPushPullFactors(),
                    i.getWhereAndWithWhom(), i.getTravelAndReturn(), i.getSupportWanted(), i.getReferralsMade(), i.getSharedWith(),
                    restricted ? i.getExploitationIndicators() : null, restricted ? i.getChildWords() : null, restricted ? i.getHarmSuffered() : null);
        }
    }

    record EpisodeView(long id, long subjectId, String childName, EpisodeStatus status, ReporterKind reporterKind, String reporterName,
                       String policeReference, MissingFrom missingFrom, String missingFromDetail, Instant lastSeenAt, Instant reportedAt,
                       boolean lookedAfter, boolean childProtectionPlan, String exploitationConcerns, RiskGrade riskGrade, Long socialWorkerId,
                       Long coordinatorId, Instant returnedAt, String returnWhere, ReturnHow returnHow, String returnBy, ClosedAs closedAs,
                       Long strategyCaseId, List<GradingView> gradings, List<UpdateView> updates, InterviewView interview, List<Long> meetingIds) {
        static EpisodeView of(MissingService.EpisodeView view) {
            MissingEpisode e = view.episode();
            return new EpisodeView(e.getId(), e.getSubjectId(), view.child().name(), e.getStatus(), e.getReporterKind(), e.getReporterName(),
                    e.getPoliceReference(), e.getMissingFrom(), e.getMissingFromDetail(), e.getLastSeenAt(), e.getReportedAt(), e.isLookedAfter(),
                    e.isChildProtectionPlan(), e.getExploitationConcerns(), e.getRiskGrade(), e.getSocialWorkerId(), e.getCoordinatorId(),
                    e.getReturnedAt(), e.getReturnWhere(), e.getReturnHow(), e.getReturnBy(), e.getCloseReason(), e.getStrategyCaseId(),
                    view.gradings().stream().map(g -> new GradingView(g.grade(), g.reason(), g.gradedBy(), g.gradedAt())).toList(),
                    view.updates().stream().map(u -> new UpdateView(u.id(), u.kind(), u.text(), u.visibility(), u.writtenBy(), u.writtenAt())).toList(),
                    view.interview().map(i -> InterviewView.of(i, view.interviewRestrictedVisible())).orElse(null),
                    view.meetings().stream().map(m -> m.getId()).toList());
        }
    }

    @PostMapping("/api/missing")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report a child missing (any source: police, carers, schools, parents, social workers); the ladder starts at once",
            description = "A child already recorded as missing, or the same police reference for the same child, is refused with 409.")
    EpisodeView report(@Valid @RequestBody Report r, Principal principal) {
        MissingEpisode episode = missing.report(principal.getName(), new NewEpisode(r.subjectId(), r.childName(), r.childDateOfBirth(),
                r.childReference(), r.reporterKind(), r.reporterName(), r.policeReference(), r.missingFrom(), r.missingFromDetail(), r.lastSeenAt(),
                r.reportedAt(), r.lookedAfter(), r.childProtectionPlan(), r.planChairId(), r.exploitationConcerns(), r.riskGrade(), r.gradeReason(),
                r.socialWorkerId(), r.coordinatorId()));
        return get(episode.getId(), principal);
    }

    @GetMapping("/api/missing")
    @Operation(summary = "The missing episodes you may see, newest first, a page at a time (size up to 100)")
    ApiPage<EpisodeSummary> list(@Valid @ModelAttribute ApiPage.Request paging, Principal principal) {
        return paging.of((page, size) -> missing.visibleEpisodes(principal.getName(), page, size).stream().map(EpisodeSummary::of).toList());
    }

    @GetMapping("/api/missing/{id}")
    @Operation(summary = "A missing episode, with the updates and the part of the interview you may read")
    EpisodeView get(@PathVariable long id, Principal principal) {
        return EpisodeView.of(missing.read(principal.getName(), id));
    }

    @PostMapping("/api/missing/{id}/gradings")
    @Operation(summary = "Grade the risk again, with the reason: high risk tells the senior manager at once")
    EpisodeSummary regrade(@PathVariable long id, @Valid @RequestBody Grading g, Principal principal) {
        return EpisodeSummary.of(missing.regrade(principal.getName(), id, g.grade(), g.reason()));
    }

    @PostMapping("/api/missing/{id}/updates")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a sighting, information or a police update; RESTRICTED needs the agencies that may read it")
    UpdateView update(@PathVariable long id, @Valid @RequestBody Update u, Principal principal) {
        MissingUpdate saved = missing.addUpdate(principal.getName(), id, u.kind(), u.text(), u.visibility(), u.restrictedTo());
        return new UpdateView(saved.id(), saved.kind(), saved.text(), saved.visibility(), saved.writtenBy(), saved.writtenAt());
    }

    @PostMapping("/api/missing/{id}/return")
    @Operation(summary = "Record the child's return: the return home interview is then due within 72 hours")
    EpisodeSummary recordReturn(@PathVariable long id, @Valid @RequestBody Return r, Principal principal) {
        return EpisodeSummary.of(missing.recordReturn(principal.getName(), id, r.returnedAt(), r.where(), r.how(), r.by()));
    }

    @PostMapping("/api/missing/{id}/closure")
    @Operation(summary = "Close the episode as not missing (away without authorisation, or reported in error): it does not count")
    EpisodeSummary close(@PathVariable long id, @Valid @RequestBody Closure c, Principal principal) {
        return EpisodeSummary.of(missing.close(principal.getName(), id, c.closedAs(), c.note()));
    }

    @PutMapping("/api/missing/{id}/coordinator")
    @Operation(summary = "Give the episode to a coordinator")
    EpisodeSummary assignCoordinator(@PathVariable long id, @Valid @RequestBody Coordinator c, Principal principal) {
        return EpisodeSummary.of(missing.assignCoordinator(principal.getName(), id, c.coordinatorId()));
    }

    @PutMapping("/api/missing/{id}/interview/assignee")
    @Operation(summary = "Give the return home interview to a person or a service that does not care for the child")
    InterviewView assignInterview(@PathVariable long id, @Valid @RequestBody Assignee a, Principal principal) {
        return InterviewView.of(missing.assignInterview(principal.getName(), id, a.personId(), a.agencyId()), false);
    }

    @PostMapping("/api/missing/{id}/interview/progress")
    @Operation(summary = "Record that the interview was offered, accepted, declined by the child, or not offered (with the reason)")
    InterviewView progress(@PathVariable long id, @Valid @RequestBody Progress p, Principal principal) {
        String me = principal.getName();
        ReturnInterview interview = switch (p.status()) {
            case OFFERED -> missing.offerInterview(me, id);
            case ACCEPTED -> missing.acceptInterview(me, id);
            case DECLINED -> missing.declineInterview(me, id, Boolean.TRUE.equals(p.carersOffered()));
            case NOT_OFFERED -> missing.interviewNotOffered(me, id, p.reason());
            case TO_OFFER, COMPLETED -> throw new org.convene.shared.InvalidRequestException("status",
                    "Give OFFERED, ACCEPTED, DECLINED or NOT_OFFERED; complete the interview by saving its record with complete set.");
        };
        return InterviewView.of(interview, false);
    }

    @PutMapping("/api/missing/{id}/interview/record")
    @Operation(summary = "Save the interview's record; with complete set, the interview is completed with it")
    InterviewView record(@PathVariable long id, @Valid @RequestBody Record r, Principal principal) {
        ReturnInterview interview = Boolean.TRUE.equals(r.complete()) ? missing.completeInterview(principal.getName(), id, r.toRecord())
                : missing.saveInterviewRecord(principal.getName(), id, r.toRecord());
        return InterviewView.of(interview, true);
    }

    @PostMapping("/api/missing/{id}/strategy-discussion")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Raise a concern for a strategy discussion about the child, naming their recent episodes (high risk, exploitation or repeat missing)")
    StrategyLink raiseStrategyDiscussion(@PathVariable long id, Principal principal) {
        return new StrategyLink(missing.raiseStrategyDiscussion(principal.getName(), id));
    }

    record StrategyLink(long strategyCaseId) {
    }
}
