package org.convene.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.Map;
import org.convene.directory.Directory;
import org.convene.shared.Limits;
import org.convene.web.Choice;
import org.convene.web.DateInput;
import org.convene.web.Forms;
import org.convene.web.Options;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Assessments due, and one assessment: what is known, the weighting, the plan and the outcome. */
@Controller
class AssessmentPages {

    private final AssessmentService assessments;
    private final Directory directory;

    AssessmentPages(AssessmentService assessments, Directory directory) {
        this.assessments = assessments;
        this.directory = directory;
    }

    record KnownForm(
            @Size(max = Limits.ENTRY, message = "Keep this to {max} characters or fewer.") String members,
            @Size(max = Limits.ENTRY, message = "Keep this to {max} characters or fewer.") String times,
            @Size(max = Limits.ENTRY, message = "Keep this to {max} characters or fewer.") String activities,
            @Size(max = Limits.ENTRY, message = "Keep this to {max} characters or fewer.") String risks,
            @Size(max = Limits.ENTRY, message = "Keep this to {max} characters or fewer.") String strengths,
            @Size(max = Limits.ENTRY, message = "Keep this to {max} characters or fewer.") String safety,
            @Choice(value = ContextWeighting.class, message = "Choose a weighting from the list.") String weighting) {

        static KnownForm of(ContextAssessment a) {
            return new KnownForm(a.members(), a.times(), a.activities(), a.risks(), a.strengths(), a.safety(),
                    a.weighting() == null ? null : a.weighting().name());
        }

        WhatIsKnown toKnown() {
            return new WhatIsKnown(members, times, activities, risks, strengths, safety,
                    weighting == null || weighting.isBlank() ? null : ContextWeighting.valueOf(weighting));
        }
    }

    record PlanForm(
            @NotBlank(message = "Say what needs to be done.") @Size(max = Limits.TITLE, message = "Keep the action to {max} characters or fewer.") String title,
            @NotBlank(message = "Choose who will do it.") @Pattern(regexp = Forms.OWNER, message = "Choose who will do it from the list.") String owner,
            @DateInput.Real(required = "Enter the date it is due.") DateInput dueDate) {

        PlanForm {
            dueDate = dueDate == null ? DateInput.EMPTY : dueDate;
        }
    }

    record CloseForm(@NotBlank(message = "Say what the outcome is.") @Size(max = Limits.ENTRY, message = "Keep the outcome to {max} characters or fewer.") String outcome) {
    }

    @GetMapping("/assessments")
    String due(Principal principal, Model model) {
        model.addAttribute("assessments", assessments.due(principal.getName()));
        return "assessment/list";
    }

    @GetMapping("/assessments/{id}")
    String show(@PathVariable long id, Principal principal, Model model) {
        AssessmentService.AssessmentView view = assessments.read(principal.getName(), id);
        model.addAttribute("view", view);
        model.addAttribute("weightings", Options.of(ContextWeighting.values(), ContextWeighting::label));
        model.addAttribute("owners", Options.actionOwners(directory.people(), directory.agencies()));
        Forms.offer(model, "known", () -> KnownForm.of(view.assessment()));
        Forms.offer(model, "plan", () -> new PlanForm(null, null, DateInput.EMPTY));
        Forms.offer(model, "closing", () -> new CloseForm(null));
        return "assessment/show";
    }

    @PostMapping("/assessments/{id}")
    String record(@PathVariable long id, @Valid @ModelAttribute("known") KnownForm form, BindingResult errors, Principal principal, Model model,
                  RedirectAttributes redirect) {
        assessments.requireToChange(principal.getName(), id);
        return Forms.submit(errors, () -> assessments.record(principal.getName(), id, form.toKnown()), redirect, "Saved.", "/assessments/" + id,
                () -> show(id, principal, model));
    }

    @PostMapping("/assessments/{id}/actions")
    String addAction(@PathVariable long id, @Valid @ModelAttribute("plan") PlanForm form, BindingResult errors, Principal principal, Model model,
                     RedirectAttributes redirect) {
        assessments.requireToChange(principal.getName(), id);
        return Forms.submit(errors, Map.of("ownerPersonId", "owner", "ownerAgencyId", "owner"), () -> {
            Forms.Owner owner = Forms.owner(form.owner());
            assessments.addAction(principal.getName(), id, form.title(), owner.personId(), owner.agencyId(), form.dueDate().toDate());
        }, redirect, "Action added to the plan.", "/assessments/" + id, () -> show(id, principal, model));
    }

    @PostMapping("/assessments/{id}/close")
    String close(@PathVariable long id, @Valid @ModelAttribute("closing") CloseForm form, BindingResult errors, Principal principal, Model model,
                 RedirectAttributes redirect) {
        assessments.requireToChange(principal.getName(), id);
        return Forms.submit(errors, () -> assessments.close(principal.getName(), id, form.outcome()), redirect, "Assessment closed.",
                "/assessments/" + id, () -> show(id, principal, model));
    }
}
