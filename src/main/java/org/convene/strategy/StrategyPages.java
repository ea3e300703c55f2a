package org.convene.strategy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convene.calendar.Timescales;
import org.convene.directory.Directory;
import org.convene.directory.Role;
import org.convene.meeting.MeetingKinds;
import org.convene.meeting.MeetingStatus;
import org.convene.minutes.RecordPage;
import org.convene.shared.Limits;
import org.convene.subject.Subject;
import org.convene.web.ChildInput;
import org.convene.web.Choice;
import org.convene.web.DateInput;
import org.convene.web.Forms;
import org.convene.web.Options;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Raising a concern, the concerns a person may see, one concern's page, and its part of a discussion's record. */
@Controller
class StrategyPages {

    static final Map<String, String> STATUS_LABELS = Map.of("OPEN", "Open", "ENQUIRY", "Section 47 enquiry", "CLOSED", "Closed",
            "CANCELLED", "Withdrawn");

    private final StrategyService strategies;
    private final StrategyRecord record;
    private final StrategyFamilyLetters letters;
    private final RecordPage recordPage;
    private final MeetingKinds kinds;
    private final Directory directory;
    private final Timescales timescales;

    StrategyPages(StrategyService strategies, StrategyRecord record, StrategyFamilyLetters letters, RecordPage recordPage, MeetingKinds kinds,
                  Directory directory, Timescales timescales) {
        this.strategies = strategies;
        this.letters = letters;
        this.record = record;
        this.recordPage = recordPage;
        this.kinds = kinds;
        this.directory = directory;
        this.timescales = timescales;
    }

    record ConcernForm(
            @NotBlank(message = "Describe the concern.") @Size(max = Limits.CONCERN, message = "Describe the concern in {max} characters or fewer.") String concern,
            @Valid @Size(max = Limits.CHILDREN, message = "Name at most {max} children in one concern.") List<ChildInput> children,
            @NotBlank(message = "Say who referred the concern.") @Size(max = Limits.NAME, message = "Give the referrer's name in {max} characters or fewer.") String referrerName,
            @Pattern(regexp = Forms.ID, message = "Choose the referrer's agency from the list.") String referrerAgency,
            @Size(max = Limits.EMAIL, message = "Give an e-mail address of {max} characters or fewer.")
            @Pattern(regexp = Forms.EMAIL, message = "Enter the referrer's e-mail address, like name@example.org.") String referrerEmail,
            @Pattern(regexp = Forms.ID, message = "Choose the chair from the list.") String chair) {

        ConcernForm {
            children = children == null ? List.of() : children;
        }

        static ConcernForm empty() {
            return new ConcernForm(null, List.of(ChildInput.EMPTY, ChildInput.EMPTY, ChildInput.EMPTY), null, null, null, null);
        }

        List<ChildInput> namedChildren() {
            return children.stream().filter(child -> child != null && !child.isBlank()).toList();
        }

        ConcernForm withAnotherChild() {
            List<ChildInput> more = new ArrayList<>(children.stream().map(c -> c == null ? ChildInput.EMPTY : c).toList());
            if (more.size() < Limits.CHILDREN) {
                more.add(ChildInput.EMPTY);
            }
            return new ConcernForm(concern, more, referrerName, referrerAgency, referrerEmail, chair);
        }

        NewConcern toConcern() {
            return new NewConcern(concern, referrerName, Forms.id(referrerAgency), referrerEmail, namedChildren().stream()
                    .map(c -> Subject.child(c.name().trim(), c.dateOfBirth().toDate(),
                            c.reference() == null || c.reference().isBlank() ? null : c.reference().trim())).toList(),
                    Forms.id(chair));
        }
    }

    record ChairForm(@NotBlank(message = "Choose who will chair it.") @Pattern(regexp = Forms.ID, message = "Choose the chair from the list.") String chair) {
    }

    record ComplexForm(@NotBlank(message = "Say why the concern is complex.")
                       @Size(max = Limits.REASON, message = "Give the reason in {max} characters or fewer.") String reason) {
    }

    record OutcomeForm(@NotBlank(message = "Describe the outcome of the enquiry.")
                       @Size(max = Limits.CONCERN, message = "Describe the outcome in {max} characters or fewer.") String outcome) {
    }

    record CancellationForm(@NotBlank(message = "Say why the concern is withdrawn.")
                            @Size(max = Limits.REASON, message = "Give the reason in {max} characters or fewer.") String reason) {
    }

    record ChildForm(@Size(max = Limits.ENTRY, message = "Keep this to {max} characters or fewer.") String worries,
                     @Size(max = Limits.ENTRY, message = "Keep this to {max} characters or fewer.") String workingWell,
                     @Size(max = Limits.ENTRY, message = "Keep this to {max} characters or fewer.") String needsToHappen,
                     @Choice(value = Section47Decision.class, message = "Choose the decision from the list.") String decision,
                     @Size(max = Limits.ENTRY, message = "Keep this to {max} characters or fewer.") String rationale,
                     @Size(max = Limits.ENTRY, message = "Keep this to {max} characters or fewer.") String childWords,
                     @Pattern(regexp = "|[1-9]|1\\d|20", message = "Choose the family from the list.") String family) {
    }

    record ReviewForm(@DateInput.Real DateInput reviewBy) {
        ReviewForm {
            reviewBy = reviewBy == null ? DateInput.EMPTY : reviewBy;
        }
    }

    @GetMapping("/strategy")
    String list(Principal principal, Model model) {
        model.addAttribute("concerns", strategies.visibleCases(principal.getName(), 0, 100));
        model.addAttribute("statusLabels", STATUS_LABELS);
        return "strategy/list";
    }

    @GetMapping("/strategy/new")
    @PreAuthorize("hasAnyRole('CHAIR', 'MANAGER')")
    String newConcern(Model model) {
        model.addAttribute("concern", ConcernForm.empty());
        return concernForm(model);
    }

    @PostMapping("/strategy")
    @PreAuthorize("hasAnyRole('CHAIR', 'MANAGER')")
    String raise(@Valid @ModelAttribute("concern") ConcernForm form, BindingResult errors, Principal principal, Model model,
                 RedirectAttributes redirect) {
        for (int i = 0; i < form.children().size(); i++) {
            ChildInput child = form.children().get(i);
            if (child != null && child.lacksName()) {
                errors.rejectValue("children[" + i + "].name", "required", "Give the child's name, or clear the row.");
            }
        }
        return Forms.submit(errors, Map.of("children", "children[0].name", "referrerAgencyId", "referrerAgency", "chairId", "chair"),
                redirect, "Concern recorded. Convene the strategy discussion in time.",
                () -> "/strategy/" + strategies.raise(principal.getName(), form.toConcern()).getId(), () -> concernForm(model));
    }

    /** "Add another child": the form comes back as it was typed, with one more row and no problems shown yet. */
    @PostMapping(value = "/strategy", params = "addChild")
    @PreAuthorize("hasAnyRole('CHAIR', 'MANAGER')")
    String addChild(@ModelAttribute("typed") ConcernForm typed, Model model) {
        model.addAttribute("concern", typed.withAnotherChild());
        return concernForm(model);
    }

    @GetMapping("/strategy/{id}")
    String show(@PathVariable long id, Principal principal, Model model) {
        StrategyService.StrategyView view = strategies.read(principal.getName(), id);
        StrategyCase strategy = view.strategy();
        model.addAttribute("view", view);
        model.addAttribute("statusLabels", STATUS_LABELS);
        model.addAttribute("kindLabels", kinds.labels());
        model.addAttribute("chairName", strategy.getChairId() == null ? "Not yet assigned" : directory.person(strategy.getChairId()).displayName());
        if (strategy.getReferrerAgencyId() != null) {
            model.addAttribute("referrerAgency", directory.agency(strategy.getReferrerAgencyId()).name());
        }
        model.addAttribute("chairs", chairOptions());
        model.addAttribute("complexTimescale", timescales.complexStrategyMeeting().toString());
        model.addAttribute("canRequestDiscussion", view.rights().lead() && strategy.allows(StrategyCommand.REQUEST_DISCUSSION)
                && view.meetings().stream().noneMatch(m -> m.getStatus() == MeetingStatus.REQUESTED || m.getStatus() == MeetingStatus.CONVENED));
        model.addAttribute("canAssignChair", (view.rights().assignLead() || view.rights().takeLead()) && strategy.allows(StrategyCommand.ASSIGN_CHAIR));
        model.addAttribute("canMarkComplex", view.rights().lead() && !strategy.isComplex() && strategy.allows(StrategyCommand.MARK_COMPLEX));
        model.addAttribute("canRecordOutcome", view.rights().lead() && strategy.allows(StrategyCommand.RECORD_OUTCOME));
        model.addAttribute("canCancel", (view.rights().lead() || view.rights().assignLead()) && strategy.allows(StrategyCommand.CANCEL));
        Forms.offer(model, "chair", () -> new ChairForm(strategy.getChairId() == null ? null : String.valueOf(strategy.getChairId())));
        Forms.offer(model, "complex", () -> new ComplexForm(null));
        Forms.offer(model, "outcome", () -> new OutcomeForm(null));
        Forms.offer(model, "cancellation", () -> new CancellationForm(null));
        return "strategy/show";
    }

    @PostMapping("/strategy/{id}/chair")
    String assignChair(@PathVariable long id, @Valid @ModelAttribute("chair") ChairForm form, BindingResult errors, Principal principal,
                       Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, Map.of("chairId", "chair"), () -> strategies.assignChair(principal.getName(), id, Forms.id(form.chair())),
                redirect, "Chair changed.", "/strategy/" + id, () -> show(id, principal, model));
    }

    @PostMapping("/strategy/{id}/discussions")
    String requestDiscussion(@PathVariable long id, Principal principal, Model model, RedirectAttributes redirect) {
        return Forms.press(() -> strategies.requestDiscussion(principal.getName(), id), redirect,
                "Another strategy discussion is asked for. Convene it in time.", "/strategy/" + id, model, () -> show(id, principal, model));
    }

    @PostMapping("/strategy/{id}/complex")
    String markComplex(@PathVariable long id, @Valid @ModelAttribute("complex") ComplexForm form, BindingResult errors, Principal principal,
                       Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> strategies.markComplex(principal.getName(), id, form.reason()),
                redirect, "Marked complex. Convene the complex strategy meeting in time.", "/strategy/" + id, () -> show(id, principal, model));
    }

    @PostMapping("/strategy/{id}/outcome")
    String recordOutcome(@PathVariable long id, @Valid @ModelAttribute("outcome") OutcomeForm form, BindingResult errors, Principal principal,
                         Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> strategies.recordOutcome(principal.getName(), id, form.outcome()),
                redirect, "Outcome recorded. The concern is closed.", "/strategy/" + id, () -> show(id, principal, model));
    }

    @PostMapping("/strategy/{id}/cancellation")
    String cancel(@PathVariable long id, @Valid @ModelAttribute("cancellation") CancellationForm form, BindingResult errors, Principal principal,
                  Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> strategies.cancel(principal.getName(), id, form.reason()),
                redirect, "Concern withdrawn. Its discussions not yet held are cancelled.", "/strategy/" + id, () -> show(id, principal, model));
    }

    @GetMapping("/meetings/{id}/family-letters")
    String familyLetters(@PathVariable long id, Principal principal, Model model) {
        model.addAttribute("letters", letters.letters(principal.getName(), id));
        return "strategy/family-letters";
    }

    @GetMapping("/meetings/{id}/family-letters/{family}")
    String familyLetter(@PathVariable long id, @PathVariable int family, Principal principal, Model model) {
        model.addAttribute("letter", letters.letter(principal.getName(), id, family));
        return "strategy/family-letter";
    }

    @GetMapping(value = "/meetings/{id}/family-letters/{family}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> familyLetterPdf(@PathVariable long id, @PathVariable int family, Principal principal) {
        return ResponseEntity.ok().header("Content-Disposition", "inline; filename=\"letter-to-family-" + family + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF).body(letters.pdf(letters.letter(principal.getName(), id, family)));
    }

    @PostMapping("/meetings/{id}/record/children/{childId}")
    String saveChild(@PathVariable long id, @PathVariable long childId, @Valid @ModelAttribute("child") ChildForm form, BindingResult errors,
                     Principal principal, Model model, RedirectAttributes redirect) {
        model.addAttribute("childId", childId);
        return Forms.submit(errors, () -> record.saveChild(principal.getName(), id, childId, form.worries(), form.workingWell(),
                        form.needsToHappen(), form.decision() == null || form.decision().isBlank() ? null : Section47Decision.valueOf(form.decision()),
                        form.rationale(), form.childWords(), form.family() == null || form.family().isBlank() ? null : Integer.valueOf(form.family())),
                redirect, "Saved.", "/meetings/" + id + "/record", () -> recordPage.show(id, principal, model));
    }

    @PostMapping("/meetings/{id}/record/review")
    String review(@PathVariable long id, @Valid @ModelAttribute("review") ReviewForm form, BindingResult errors, Principal principal,
                  Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> record.setReviewDate(principal.getName(), id, form.reviewBy().toDate()),
                redirect, "Review date saved. The review is asked for when the minutes are approved.", "/meetings/" + id + "/record",
                () -> recordPage.show(id, principal, model));
    }

    private String concernForm(Model model) {
        model.addAttribute("agencies", directory.agencies().stream().map(a -> Options.option(String.valueOf(a.id()), a.name())).toList());
        model.addAttribute("chairs", chairOptions());
        return "strategy/new";
    }

    private List<Map<String, String>> chairOptions() {
        return directory.peopleWithRole(Role.CHAIR).stream()
                .map(Options::person).toList();
    }
}
