package org.convene.assessment;

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
import org.convene.shared.Limits;
import org.convene.shared.PlainText;
import org.convene.shared.Plausible;
import org.convene.subject.SubjectKind;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Peer group and location assessments through the API: those due, one with its plan, recording it, planning it, closing it. */
@RestController
@Tag(name = "Peer group and location assessments")
class AssessmentApiController {

    private final AssessmentService assessments;

    AssessmentApiController(AssessmentService assessments) {
        this.assessments = assessments;
    }

    record AssessmentResponse(long id, long subjectId, String subjectName, SubjectKind subjectKind, Long seriesId, long leadId, String lead,
                              LocalDate dueDate, boolean overdue, String members, String times, String activities, String risks, String strengths,
                              String safety, ContextWeighting weighting, String outcome, Instant startedAt, Instant closedAt,
                              List<AssessmentService.PlanLine> plan) {
        static AssessmentResponse of(AssessmentService.AssessmentView view) {
            ContextAssessment a = view.assessment();
            return new AssessmentResponse(a.id(), a.subjectId(), view.subject().name(), view.subject().kind(), a.seriesId(), a.leadId(),
                    view.lead().displayName(), a.dueDate(), view.overdue(), a.members(), a.times(), a.activities(), a.risks(), a.strengths(),
                    a.safety(), a.weighting(), a.outcome(), a.startedAt(), a.closedAt(), view.plan());
        }
    }

    @Schema(description = "What is known of the peer group or place; any part may be empty while it is being found out.")
    record Known(@Size(max = Limits.ENTRY) @PlainText String members, @Size(max = Limits.ENTRY) @PlainText String times,
                 @Size(max = Limits.ENTRY) @PlainText String activities, @Size(max = Limits.ENTRY) @PlainText String risks,
                 @Size(max = Limits.ENTRY) @PlainText String strengths, @Size(max = Limits.ENTRY) @PlainText String safety,
                 ContextWeighting weighting) {
    }

    @Schema(description = "An action of the intervention plan: one owner, an agency or a person.")
    record PlanActionRequest(@Schema(example = "Detached youth work at the park on Friday evenings") @NotBlank @Size(max = Limits.TITLE) @PlainText String title,
                             @Positive Long ownerPersonId, @Positive Long ownerAgencyId,
                             @Schema(example = "2026-12-18") @NotNull @Plausible LocalDate dueDate) {
    }

    record Closing(@Schema(example = "Lighting and CCTV installed; the group has moved on to the youth club") @NotBlank @Size(max = Limits.ENTRY) @PlainText String outcome) {
    }

    @GetMapping("/api/assessments")
    @Operation(summary = "The open assessments you may read, soonest due first")
    List<AssessmentResponse> due(Principal principal) {
        return assessments.due(principal.getName()).stream().map(AssessmentResponse::of).toList();
    }

    @GetMapping("/api/assessments/{id}")
    @Operation(summary = "One assessment with its plan (its reading is audited)")
    AssessmentResponse get(@PathVariable long id, Principal principal) {
        return AssessmentResponse.of(assessments.read(principal.getName(), id));
    }

    @PutMapping("/api/assessments/{id}")
    @Operation(summary = "Record what is known and the context weighting (its lead)")
    AssessmentResponse record(@PathVariable long id, @Valid @RequestBody Known k, Principal principal) {
        assessments.record(principal.getName(), id, new WhatIsKnown(k.members(), k.times(), k.activities(), k.risks(), k.strengths(), k.safety(),
                k.weighting()));
        return get(id, principal);
    }

    @PostMapping("/api/assessments/{id}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an action to the intervention plan (its lead): an action on the ladder")
    AssessmentResponse addAction(@PathVariable long id, @Valid @RequestBody PlanActionRequest r, Principal principal) {
        assessments.addAction(principal.getName(), id, r.title(), r.ownerPersonId(), r.ownerAgencyId(), r.dueDate());
        return get(id, principal);
    }

    @PostMapping("/api/assessments/{id}/close")
    @Operation(summary = "Close the assessment with its outcome (its lead)")
    AssessmentResponse close(@PathVariable long id, @Valid @RequestBody Closing c, Principal principal) {
        assessments.close(principal.getName(), id, c.outcome());
        return get(id, principal);
    }
}
