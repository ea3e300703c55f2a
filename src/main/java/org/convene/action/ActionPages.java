package org.convene.action;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.Map;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.shared.ConflictException;
import org.convene.shared.InvalidRequestException;
import org.convene.shared.Limits;
import org.convene.web.Choice;
import org.convene.web.DateInput;
import org.convene.web.Forms;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of actions: yours, one action with what you may do to it, setting one, and the e-mail link. */
@Controller
class ActionPages {

    private final ActionService actions;
    private final ActionQueries queries;
    private final ActionNotices notices;
    private final ActionRepository repository;
    private final Directory directory;

    ActionPages(ActionService actions, ActionQueries queries, ActionNotices notices, ActionRepository repository, Directory directory) {
        this.actions = actions;
        this.queries = queries;
        this.notices = notices;
        this.repository = repository;
        this.directory = directory;
    }

    record NewActionForm(@NotBlank(message = "Enter what needs to be done.") @Size(max = Limits.TITLE, message = "Say what needs to be done in {max} characters or fewer.") String title,
                         @NotBlank(message = "Choose who owns the action.") @Pattern(regexp = Forms.OWNER, message = "Choose who owns the action from the list.") String owner,
                         @DateInput.Real(required = "Enter the date it is due by.") DateInput dueDate) {
        NewActionForm {
            dueDate = dueDate == null ? DateInput.EMPTY : dueDate;
        }
    }

    record CompletionForm(@NotBlank(message = "Choose what happened.") @Choice(value = ActionOutcome.class, message = "Choose what happened from the list.") String outcome,
                          @Size(max = Limits.NOTE, message = "Keep the note to {max} characters or fewer.") String note) {
    }

    record ExtensionForm(@DateInput.Real(required = "Enter the new due date.") DateInput dueDate,
                         @NotBlank(message = "Say why the due date is changing.") @Size(max = Limits.REASON, message = "Give the reason in {max} characters or fewer.") String reason) {
        ExtensionForm {
            dueDate = dueDate == null ? DateInput.EMPTY : dueDate;
        }
    }

    record ReassignmentForm(@NotBlank(message = "Choose who owns the action now.") @Pattern(regexp = Forms.OWNER, message = "Choose the new owner from the list.") String owner,
                            @NotBlank(message = "Say why the action is being reassigned.") @Size(max = Limits.REASON, message = "Give the reason in {max} characters or fewer.") String reason) {
    }

    record CancellationForm(@NotBlank(message = "Say why the action is being cancelled.") @Size(max = Limits.REASON, message = "Give the reason in {max} characters or fewer.") String reason) {
    }

    @GetMapping("/actions")
    String mine(Person me, Model model) {
        model.addAttribute("owned", queries.ownedBy(me));
        model.addAttribute("set", queries.setBy(me));
        return "action/list";
    }

    @GetMapping("/actions/new")
    @PreAuthorize("hasAnyRole('CHAIR', 'MANAGER')")
    String newAction(Model model) {
        model.addAttribute("action", new NewActionForm(null, null, DateInput.EMPTY));
        return form(model);
    }

    @PostMapping("/actions")
    @PreAuthorize("hasAnyRole('CHAIR', 'MANAGER')")
    String raise(@Valid @ModelAttribute("action") NewActionForm form, BindingResult errors, Principal principal, Model model,
                 RedirectAttributes redirect) {
        return Forms.submit(errors, Map.of(), redirect, "Action set. Its owner has been told.", () -> {
            Forms.Owner owner = Forms.owner(form.owner());
            return "/actions/" + actions.raise(principal.getName(), form.title(), owner.personId(), owner.agencyId(), form.dueDate().toDate()).getId();
        }, () -> form(model));
    }

    @GetMapping("/actions/{id}")
    String show(@PathVariable long id, Principal principal, Model model) {
        ActionDetails details = actions.details(principal.getName(), id);
        Action action = details.action();
        model.addAttribute("action", action);
        model.addAttribute("details", details);
        model.addAttribute("ownerName", actions.ownerName(action));
        model.addAttribute("escalations", details.escalations().stream().map(e -> new EscalationView(e.escalation(),
                e.escalation().escalatedToId() == null ? "nobody named" : directory.person(e.escalation().escalatedToId()).displayName(),
                e.canAcknowledge())).toList());
        model.addAttribute("outcomes", OutcomeLabels.LABELS.entrySet().stream().map(e -> Map.of("value", e.getKey(), "label", e.getValue())).toList());
        model.addAttribute("outcomeLabels", OutcomeLabels.LABELS);
        model.addAttribute("people", directory.people());
        model.addAttribute("agencies", directory.agencies());
        Forms.offer(model, "completion", () -> new CompletionForm(null, null));
        Forms.offer(model, "extension", () -> new ExtensionForm(DateInput.EMPTY, null));
        Forms.offer(model, "reassignment", () -> new ReassignmentForm(null, null));
        Forms.offer(model, "cancellation", () -> new CancellationForm(null));
        return "action/show";
    }

    @PostMapping("/actions/{id}/completion")
    String complete(@PathVariable long id, @Valid @ModelAttribute("completion") CompletionForm form, BindingResult errors, Principal principal,
                    Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> actions.complete(principal.getName(), id, ActionOutcome.valueOf(form.outcome()), form.note()),
                redirect, "Outcome recorded. The action is closed.", "/actions/" + id, () -> show(id, principal, model));
    }

    @PostMapping("/actions/{id}/extension")
    String extend(@PathVariable long id, @Valid @ModelAttribute("extension") ExtensionForm form, BindingResult errors, Principal principal,
                  Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> actions.extend(principal.getName(), id, form.dueDate().toDate(), form.reason()),
                redirect, "Due date changed. Reminders will follow the new date.", "/actions/" + id, () -> show(id, principal, model));
    }

    @PostMapping("/actions/{id}/reassignment")
    String reassign(@PathVariable long id, @Valid @ModelAttribute("reassignment") ReassignmentForm form, BindingResult errors,
                    Principal principal, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            Forms.Owner owner = Forms.owner(form.owner());
            actions.reassign(principal.getName(), id, owner.personId(), owner.agencyId(), form.reason());
        }, redirect, "Action reassigned. The new owner has been told.", "/actions/" + id, () -> show(id, principal, model));
    }

    @PostMapping("/actions/{id}/cancellation")
    String cancel(@PathVariable long id, @Valid @ModelAttribute("cancellation") CancellationForm form, BindingResult errors,
                  Principal principal, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> actions.cancel(principal.getName(), id, form.reason()),
                redirect, "Action cancelled.", "/actions/" + id, () -> show(id, principal, model));
    }

    @PostMapping("/escalations/{escalationId}/acknowledgement")
    String acknowledge(@PathVariable long escalationId, @RequestParam(defaultValue = "/manager/actions") String returnTo,
                       Principal principal, RedirectAttributes redirect) {
        try {
            actions.acknowledge(principal.getName(), escalationId);
            redirect.addFlashAttribute("success", "Escalation acknowledged.");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + (isLocalPath(returnTo) ? returnTo : "/manager/actions");
    }

    @GetMapping("/actions/{id}/complete")
    String completeByLink(@PathVariable long id, @RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("action", linkedAction(id, token));
        model.addAttribute("token", token);
        model.addAttribute("outcomes", OutcomeLabels.LABELS.entrySet().stream().map(e -> Map.of("value", e.getKey(), "label", e.getValue())).toList());
        Forms.offer(model, "completion", () -> new CompletionForm(null, null));
        return "action/complete-by-link";
    }

    @PostMapping("/actions/{id}/complete")
    String completeByLink(@PathVariable long id, @RequestParam(defaultValue = "") String token,
                          @Valid @ModelAttribute("completion") CompletionForm form, BindingResult errors, Model model) {
        linkedAction(id, token);
        if (!errors.hasErrors()) {
            try {
                actions.completeThroughLink(id, ActionOutcome.valueOf(form.outcome()), form.note());
                model.addAttribute("done", true);
            } catch (InvalidRequestException e) {
                errors.rejectValue(e.field() == null ? "outcome" : e.field(), "invalid", e.getMessage());
            } catch (ConflictException e) {
                errors.reject("conflict", e.getMessage());
            }
        }
        return completeByLink(id, token, model);
    }

    /** The action a completion link was signed for, if the link is genuine, unexpired and for its current owner. */
    private Action linkedAction(long id, String token) {
        Action action = repository.findById(id).orElseThrow(InvalidLink::new);
        if (!notices.linkIsForCurrentOwner(token, action)) {
            throw new InvalidLink();
        }
        return action;
    }

    @ExceptionHandler(InvalidLink.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String invalidLink() {
        return "link-invalid";
    }

    /** A completion link that is forged, expired, or for an owner the action no longer has. */
    static class InvalidLink extends RuntimeException {
    }

    private String form(Model model) {
        model.addAttribute("people", directory.people());
        model.addAttribute("agencies", directory.agencies());
        return "action/new";
    }

    /** A path on this site: not "//host" or "/\\host", which browsers follow to another site. */
    private static boolean isLocalPath(String value) {
        return value.matches("/[A-Za-z0-9/_?=&.%-]*") && !value.startsWith("//");
    }

    public record EscalationView(ActionEscalation escalation, String recipientName, boolean canAcknowledge) {
    }
}
