package org.convene.action;

import io.swagger.v3.oas.annotations.Operation;
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
import org.convene.shared.ApiPage;
import org.convene.shared.Limits;
import org.convene.shared.NotFoundException;
import org.convene.shared.PlainText;
import org.convene.shared.Plausible;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/actions")
@Tag(name = "Actions")
class ActionApiController {

    private final ActionService actions;

    ActionApiController(ActionService actions) {
        this.actions = actions;
    }

    record NewAction(@NotBlank @Size(max = Limits.TITLE) @PlainText String title, @Positive Long ownerPersonId, @Positive Long ownerAgencyId,
                     @NotNull @Plausible LocalDate dueDate) {
    }

    record Completion(@NotNull ActionOutcome outcome, @Size(max = Limits.NOTE) @PlainText String note) {
    }

    record Extension(@NotNull @Plausible LocalDate dueDate, @NotBlank @Size(max = Limits.REASON) @PlainText String reason) {
    }

    record Reassignment(@Positive Long ownerPersonId, @Positive Long ownerAgencyId, @NotBlank @Size(max = Limits.REASON) @PlainText String reason) {
    }

    record Cancellation(@NotBlank @Size(max = Limits.REASON) @PlainText String reason) {
    }

    record ListQuery(ActionStatus status) {
    }

    record ActionSummary(long id, String title, Long ownerPersonId, Long ownerAgencyId, LocalDate dueDate, ActionStatus status,
                         int escalationLevel, Long meetingId) {
        static ActionSummary of(Action a) {
            return new ActionSummary(a.getId(), a.getTitle(), a.getOwnerPersonId(), a.getOwnerAgencyId(), a.getDueDate(), a.getStatus(),
                    a.getEscalationLevel(), a.getMeetingId());
        }
    }

    record ActionView(long id, String title, Long ownerPersonId, Long ownerAgencyId, LocalDate dueDate, ActionStatus status,
                      ActionOutcome outcome, String outcomeNote, String raisedBy, Instant raisedAt, Instant overdueAt,
                      int escalationLevel, List<ActionEscalation> escalations, List<ActionDueDateChange> dueDateChanges,
                      List<ActionReassignment> reassignments) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('CHAIR', 'MANAGER')")
    @Operation(summary = "Raise an action owned by a person or an agency")
    ActionView raise(@Valid @RequestBody NewAction request, Principal principal) {
        Action action = actions.raise(principal.getName(), request.title(), request.ownerPersonId(), request.ownerAgencyId(), request.dueDate());
        return view(actions.details(principal.getName(), action.getId()));
    }

    @GetMapping
    @Operation(summary = "The actions you may see (yours, your agency's, set by you, escalated to you, and those you oversee), newest first")
    ApiPage<ActionSummary> list(@ModelAttribute ListQuery query, @Valid @ModelAttribute ApiPage.Request paging, Principal principal) {
        return paging.of((page, size) -> actions.visibleActions(principal.getName(), query.status(), page, size).stream()
                .map(ActionSummary::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "An action, if you own it, raised it, manage its owner's agency, or administer Convene")
    ActionView get(@PathVariable long id, Principal principal) {
        return view(actions.details(principal.getName(), id));
    }

    @PostMapping("/{id}/completion")
    @Operation(summary = "Close an action you own (or your agency owns) with its outcome")
    ActionView complete(@PathVariable long id, @Valid @RequestBody Completion request, Principal principal) {
        return view(actions.complete(principal.getName(), id, request.outcome(), request.note()), principal);
    }

    @PostMapping("/{id}/extension")
    @Operation(summary = "Move the due date later (the chair, or a manager of the owner's agency); the old date stays on record")
    ActionView extend(@PathVariable long id, @Valid @RequestBody Extension request, Principal principal) {
        return view(actions.extend(principal.getName(), id, request.dueDate(), request.reason()), principal);
    }

    @PostMapping("/{id}/reassignment")
    @Operation(summary = "Give the action to another person or agency (the chair, or a manager of the owner's agency)")
    ActionView reassign(@PathVariable long id, @Valid @RequestBody Reassignment request, Principal principal) {
        return view(actions.reassign(principal.getName(), id, request.ownerPersonId(), request.ownerAgencyId(), request.reason()), principal);
    }

    @PostMapping("/{id}/cancellation")
    @Operation(summary = "Cancel the action, with a reason (the chair who set it)")
    ActionView cancel(@PathVariable long id, @Valid @RequestBody Cancellation request, Principal principal) {
        return view(actions.cancel(principal.getName(), id, request.reason()), principal);
    }

    @PostMapping("/escalations/{escalationId}/acknowledgement")
    @Operation(summary = "Acknowledge an escalation sent to you (or to someone in your agency, as its manager)")
    ActionEscalation acknowledge(@PathVariable long escalationId, Principal principal) {
        return actions.acknowledge(principal.getName(), escalationId);
    }

    /**
     * The action as it stands after a change, as the person who made it may now see it: a manager who reassigned it
     * outside their line gets the action without its history.
     */
    private ActionView view(Action changed, Principal principal) {
        try {
            return view(actions.details(principal.getName(), changed.getId()));
        } catch (NotFoundException e) {
            return view(new ActionDetails(changed, null, null, null, List.of(), List.of(), List.of()));
        }
    }

    private static ActionView view(ActionDetails details) {
        Action a = details.action();
        return new ActionView(a.getId(), a.getTitle(), a.getOwnerPersonId(), a.getOwnerAgencyId(), a.getDueDate(),
                a.getStatus(), a.getOutcome(), a.getOutcomeNote(), a.getRaisedBy(), a.getRaisedAt(), a.getOverdueAt(),
                a.getEscalationLevel(), details.escalations().stream().map(ActionDetails.Escalation::escalation).toList(),
                details.dueDateChanges(), details.reassignments());
    }
}
