package org.convene.action;

import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.shared.FormFields;
import org.convene.shared.ConflictException;
import org.convene.shared.InvalidRequestException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of actions: yours, one action with what you may do to it, raising one, and the e-mail link. */
@Controller
class ActionPages {

    private final ActionService actions;
    private final ActionQueries queries;
    private final ActionNotices notices;
    private final ActionRepository repository;
    private final Directory directory;

    ActionPages(ActionService actions, ActionQueries queries, ActionNotices notices,
                ActionRepository repository, Directory directory) {
        this.actions = actions;
        this.queries = queries;
        this.notices = notices;
        this.repository = repository;
        this.directory = directory;
    }

    @GetMapping("/actions")
    String mine(Principal principal, Model model) {
        Person me = me(principal);
        model.addAttribute("owned", queries.ownedBy(me));
        model.addAttribute("set", queries.setBy(me));
        return "action/list";
    }

    @GetMapping("/actions/new")
    @PreAuthorize("hasAnyRole('CHAIR', 'MANAGER')")
    String newAction(Model model) {
        return form(model, Map.of());
    }

    @PostMapping("/actions")
    @PreAuthorize("hasAnyRole('CHAIR', 'MANAGER')")
    String raise(@RequestParam String title, @RequestParam(defaultValue = "") String owner,
                 @RequestParam(defaultValue = "") String day, @RequestParam(defaultValue = "") String month,
                 @RequestParam(defaultValue = "") String year, Principal principal, Model model, RedirectAttributes redirect) {
        Map<String, String> values = Map.of("title", title, "owner", owner, "day", day, "month", month, "year", year);
        try {
            if (title.isBlank()) {
                throw new InvalidRequestException("Enter what needs to be done.");
            }
            FormFields.PersonOrAgency chosen = FormFields.personOrAgency(owner, "Select who owns the action.");
            Action action = actions.raise(principal.getName(), title.trim(), chosen.personId(), chosen.agencyId(), FormFields.date(day, month, year));
            redirect.addFlashAttribute("success", "Action set. Its owner has been told.");
            return "redirect:/actions/" + action.getId();
        } catch (InvalidRequestException e) {
            model.addAttribute("error", e.getMessage());
            return form(model, values);
        }
    }

    @GetMapping("/actions/{id}")
    String show(@PathVariable long id, Principal principal, Model model) {
        ActionDetails details = actions.details(principal.getName(), id);
        Action action = details.action();
        model.addAttribute("action", action);
        model.addAttribute("ownerName", ownerName(action));
        model.addAttribute("escalations", details.escalations().stream().map(e -> new EscalationView(e.escalation(),
                e.escalation().escalatedToId() == null ? "nobody named" : directory.person(e.escalation().escalatedToId()).displayName(),
                e.canAcknowledge())).toList());
        model.addAttribute("dueDateChanges", details.dueDateChanges());
        model.addAttribute("reassignments", details.reassignments());
        model.addAttribute("canComplete", details.rights().complete());
        model.addAttribute("canManage", details.rights().manage());
        model.addAttribute("canCancel", details.rights().cancel());
        model.addAttribute("outcomes", OutcomeLabels.LABELS);
        model.addAttribute("people", directory.people());
        model.addAttribute("agencies", directory.agencies());
        return "action/show";
    }

    @PostMapping("/actions/{id}/completion")
    String complete(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Principal principal, Model model,
                    RedirectAttributes redirect) {
        return attempt(id, principal, model, redirect, "completion", form, "Outcome recorded. The action is closed.",
                () -> actions.complete(principal.getName(), id, outcome(form.getFirst("outcome")), form.getFirst("note")));
    }

    @PostMapping("/actions/{id}/extension")
    String extend(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Principal principal, Model model,
                  RedirectAttributes redirect) {
        return attempt(id, principal, model, redirect, "extension", form, "Due date changed. Reminders will follow the new date.",
                () -> actions.extend(principal.getName(), id, FormFields.date(form.getFirst("day"), form.getFirst("month"), form.getFirst("year")),
                        form.getFirst("reason")));
    }

    @PostMapping("/actions/{id}/reassignment")
    String reassign(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Principal principal, Model model,
                    RedirectAttributes redirect) {
        return attempt(id, principal, model, redirect, "reassignment", form, "Action reassigned. The new owner has been told.", () -> {
            FormFields.PersonOrAgency chosen = FormFields.personOrAgency(form.getFirst("owner"), "Select who owns the action.");
            actions.reassign(principal.getName(), id, chosen.personId(), chosen.agencyId(), form.getFirst("reason"));
        });
    }

    @PostMapping("/actions/{id}/cancellation")
    String cancel(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Principal principal, Model model,
                  RedirectAttributes redirect) {
        return attempt(id, principal, model, redirect, "cancellation", form, "Action cancelled.",
                () -> actions.cancel(principal.getName(), id, form.getFirst("reason")));
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
        Action action = linkedAction(id, token);
        model.addAttribute("action", action);
        model.addAttribute("token", token);
        model.addAttribute("outcomes", OutcomeLabels.LABELS);
        return "action/complete-by-link";
    }

    @PostMapping("/actions/{id}/complete")
    String completeByLink(@PathVariable long id, @RequestParam(defaultValue = "") String token,
                          @RequestParam(defaultValue = "") String outcome, @RequestParam(defaultValue = "") String note, Model model) {
        Action action = linkedAction(id, token);
        model.addAttribute("token", token);
        model.addAttribute("outcomes", OutcomeLabels.LABELS);
        try {
            model.addAttribute("action", actions.completeThroughLink(id, outcome(outcome), note));
            model.addAttribute("done", true);
        } catch (InvalidRequestException | ConflictException e) {
            model.addAttribute("action", action);
            model.addAttribute("error", e.getMessage());
        }
        return "action/complete-by-link";
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

    private String attempt(long id, Principal principal, Model model, RedirectAttributes redirect, String formName,
                           MultiValueMap<String, String> form, String success, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("success", success);
            return "redirect:/actions/" + id;
        } catch (InvalidRequestException | ConflictException e) {
            model.addAttribute("error", e.getMessage());
            FormFields.sendBack(model, formName, form);
            return show(id, principal, model);
        }
    }

    private String form(Model model, Map<String, String> values) {
        model.addAttribute("values", new HashMap<>(values));
        model.addAttribute("people", directory.people());
        model.addAttribute("agencies", directory.agencies());
        return "action/new";
    }

    private String ownerName(Action action) {
        return action.getOwnerPersonId() != null
                ? directory.person(action.getOwnerPersonId()).displayName()
                : directory.agency(action.getOwnerAgencyId()).name();
    }

    private Person me(Principal principal) {
        return directory.personByUsername(principal.getName()).orElseThrow(() -> new AccessDeniedException("unknown user"));
    }

    /** A path on this site: not "//host" or "/\\host", which browsers follow to another site. */
    private static boolean isLocalPath(String value) {
        return value.matches("/[A-Za-z0-9/_?=&.%-]*") && !value.startsWith("//");
    }

    private static ActionOutcome outcome(String value) {
        if (!OutcomeLabels.LABELS.containsKey(value)) {
            throw new InvalidRequestException("Select what happened.");
        }
        return ActionOutcome.valueOf(value);
    }

    public record EscalationView(ActionEscalation escalation, String recipientName, boolean canAcknowledge) {
    }
}
