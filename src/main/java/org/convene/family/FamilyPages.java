package org.convene.family;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.directory.Role;
import org.convene.meeting.InvitationContact;
import org.convene.meeting.MeetingKinds;
import org.convene.shared.Limits;
import org.convene.subject.Subject;
import org.convene.web.ChildInput;
import org.convene.web.Choice;
import org.convene.web.DateInput;
import org.convene.web.Forms;
import org.convene.web.Options;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Referrals for family network meetings: the list with their deadlines, referring a family, and a referral's page with each stage. */
@Controller
class FamilyPages {

    private static final String DOER = "|(member|person|agency):\\d{1,18}";

    private final FamilyService family;
    private final FamilyLetters letters;
    private final MeetingKinds kinds;
    private final Directory directory;

    FamilyPages(FamilyService family, FamilyLetters letters, MeetingKinds kinds, Directory directory) {
        this.family = family;
        this.letters = letters;
        this.kinds = kinds;
        this.directory = directory;
    }

    record ReferralForm(
            @NotBlank(message = "Say why the family is referred.") @Size(max = Limits.REASON, message = "Keep this to {max} characters or fewer.") String reason,
            @NotBlank(message = "Say what the worries are.") @Size(max = Limits.NOTE, message = "Keep this to {max} characters or fewer.") String worries,
            Boolean preProceedings,
            @Valid @Size(max = Limits.CHILDREN, message = "Name at most {max} children in one referral.") List<ChildInput> children) {

        ReferralForm {
            children = children == null ? List.of() : children;
        }

        static ReferralForm empty() {
            return new ReferralForm(null, null, null, List.of(ChildInput.EMPTY, ChildInput.EMPTY));
        }

        ReferralForm withAnotherChild() {
            List<ChildInput> more = new ArrayList<>(children.stream().map(c -> c == null ? ChildInput.EMPTY : c).toList());
            if (more.size() < Limits.CHILDREN) {
                more.add(ChildInput.EMPTY);
            }
            return new ReferralForm(reason, worries, preProceedings, more);
        }

        NewReferral toReferral() {
            return new NewReferral(children.stream().filter(c -> c != null && !c.isBlank())
                    .map(c -> Subject.child(c.name().trim(), c.dateOfBirth().toDate(), c.reference() == null || c.reference().isBlank() ? null : c.reference().trim()))
                    .toList(), reason, worries, Boolean.TRUE.equals(preProceedings));
        }
    }

    /** Of the referrals whose deadline has been met or missed, how many met it. */
    public record Timeliness(long inTime, long decided) {
        static Timeliness of(List<Boolean> outcomes) {
            return new Timeliness(outcomes.stream().filter(Boolean.TRUE::equals).count(), outcomes.stream().filter(Objects::nonNull).count());
        }
    }

    record CoordinatorForm(@NotBlank(message = "Choose the coordinator.") @Pattern(regexp = Forms.ID, message = "Choose the coordinator from the list.") String coordinator) {
    }

    record BaselineForm(
            @NotBlank(message = "Say what the meeting is for.") @Size(max = Limits.NOTE, message = "Keep this to {max} characters or fewer.") String objective,
            @NotBlank(message = "Write the questions for the family.") @Size(max = Limits.NOTE, message = "Keep this to {max} characters or fewer.") String questions,
            @NotBlank(message = "Say what is not negotiable, or write \"None\".") @Size(max = Limits.NOTE, message = "Keep this to {max} characters or fewer.") String bottomLines,
            @Size(max = Limits.NOTE, message = "Keep this to {max} characters or fewer.") String resources) {
    }

    record MemberForm(
            @NotBlank(message = "Give the person's name.") @Size(max = Limits.NAME, message = "Give the name in {max} characters or fewer.") String name,
            @NotBlank(message = "Say who they are to the child, like aunt or neighbour.") @Size(max = Limits.NAME, message = "Keep this to {max} characters or fewer.") String relationship,
            @NotBlank(message = "Say how to reach them.") @Choice(value = InvitationContact.class, message = "Choose how to reach them from the list.") String contact,
            @Size(max = Limits.EMAIL, message = "Give an e-mail address of {max} characters or fewer.")
            @Pattern(regexp = Forms.EMAIL, message = "Enter their e-mail address, like name@example.org.") String email,
            @Size(max = Limits.PLACE, message = "Keep this to {max} characters or fewer.") String contactDetails,
            @Size(max = 100, message = "Give the language in {max} characters or fewer.") String language,
            Boolean interpreter,
            @Size(max = Limits.REASON, message = "Keep this to {max} characters or fewer.") String accessNeeds,
            Boolean parentalResponsibility,
            Boolean mayReceiveInformation,
            @Choice(value = OfferAnswer.class, message = "Choose their answer from the list.") String offerAnswer) {

        static MemberForm empty() {
            return new MemberForm(null, null, null, null, null, null, null, null, null, true, null);
        }

        NewMember toMember() {
            return new NewMember(name, relationship, InvitationContact.valueOf(contact), email == null || email.isBlank() ? null : email.trim(),
                    contactDetails == null || contactDetails.isBlank() ? null : contactDetails.trim(), language == null || language.isBlank() ? null : language.trim(),
                    Boolean.TRUE.equals(interpreter), accessNeeds == null || accessNeeds.isBlank() ? null : accessNeeds.trim(),
                    Boolean.TRUE.equals(parentalResponsibility), Boolean.TRUE.equals(mayReceiveInformation),
                    offerAnswer == null || offerAnswer.isBlank() ? null : OfferAnswer.valueOf(offerAnswer));
        }
    }

    record PreparationForm(Boolean seen,
                           @Choice(value = Consent.class, message = "Choose their answer from the list.") String consent,
                           @Choice(value = AdvocateOffer.class, message = "Choose their answer from the list.") String advocate) {
    }

    record InvitationForm(@NotBlank(message = "Say how they were invited.") @Choice(value = InvitationContact.class, message = "Choose how from the list.") String how) {
    }

    record AnswerForm(@NotBlank(message = "Say whether they are coming.") @Choice(value = MeetingAnswer.class, message = "Choose their answer from the list.") String answer) {
    }

    record PreparedForm(@NotBlank(message = "Record the child's views, or why they could not be given.")
                        @Size(max = Limits.NOTE, message = "Keep this to {max} characters or fewer.") String childViews) {
    }

    record StageForm(@NotBlank(message = "Choose the stage.") @Choice(value = MeetingStage.class, message = "Choose the stage from the list.") String stage) {
    }

    record TaskForm(@NotBlank(message = "Say what needs to be done.") @Size(max = Limits.TITLE, message = "Keep this to {max} characters or fewer.") String what,
                    @NotBlank(message = "Choose who does it.") @Pattern(regexp = DOER, message = "Choose who does it from the list.") String doer,
                    @DateInput.Real(required = "Say by when it is to be done.") DateInput dueDate,
                    @NotBlank(message = "Say who checks it is done.") @Size(max = Limits.NAME, message = "Keep this to {max} characters or fewer.") String checkedBy) {
        TaskForm {
            dueDate = dueDate == null ? DateInput.EMPTY : dueDate;
        }

        NewTask toTask() {
            long id = Long.parseLong(doer.substring(doer.indexOf(':') + 1));
            return new NewTask(what, doer.startsWith("member:") ? id : null, doer.startsWith("person:") ? id : null,
                    doer.startsWith("agency:") ? id : null, dueDate.toDate(), checkedBy);
        }
    }

    record PlanForm(@Size(max = Limits.NOTE, message = "Keep this to {max} characters or fewer.") String supportNeeded,
                    @NotBlank(message = "Write the back-up plan: what happens if the plan does not work.")
                    @Size(max = Limits.NOTE, message = "Keep this to {max} characters or fewer.") String backupPlan,
                    @NotBlank(message = "Say whether the council agrees the plan.") @Pattern(regexp = "|yes|no", message = "Choose yes or no.") String councilAgrees,
                    @Size(max = Limits.REASON, message = "Keep this to {max} characters or fewer.") String councilReason) {

        PlanTerms toTerms() {
            return new PlanTerms(supportNeeded, backupPlan, "yes".equals(councilAgrees), councilReason);
        }
    }

    record ReviewForm(@Size(max = 200, message = "Choose at most {max} tasks.") List<@Pattern(regexp = "\\d{1,18}", message = "Choose tasks from the list.") String> done,
                      @NotBlank(message = "Say what the review found and what happens next.")
                      @Size(max = Limits.NOTE, message = "Keep this to {max} characters or fewer.") String note) {
    }

    record DeclineForm(@NotBlank(message = "Say why the family declined.") @Size(max = Limits.REASON, message = "Keep this to {max} characters or fewer.") String reason) {
    }

    @GetMapping("/family")
    String list(Principal principal, Model model) {
        List<FamilyService.FamilyView> referrals = family.visibleTo(principal.getName(), 0, 200);
        model.addAttribute("referrals", referrals);
        model.addAttribute("allocation", Timeliness.of(referrals.stream().map(view -> view.referral().allocatedInTime()).toList()));
        model.addAttribute("completion", Timeliness.of(referrals.stream().map(view -> view.referral().completedInTime()).toList()));
        model.addAttribute("mayRefer", family.mayRefer(principal.getName()));
        return "family/list";
    }

    @GetMapping("/family/new")
    String newReferral(Principal principal, Model model) {
        family.requireReferrer(principal.getName());
        model.addAttribute("referral", ReferralForm.empty());
        return "family/new";
    }

    @PostMapping("/family")
    String refer(@Valid @ModelAttribute("referral") ReferralForm form, BindingResult errors, Principal principal, RedirectAttributes redirect) {
        for (int i = 0; i < form.children().size(); i++) {
            if (form.children().get(i) != null && form.children().get(i).lacksName()) {
                errors.rejectValue("children[" + i + "].name", "required", "Give the child's name, or clear the row.");
            }
        }
        return Forms.submit(errors, Map.of("children", "children[0].name"), redirect, "Family referred. A coordinator is due within 2 working days.",
                () -> "/family/" + family.refer(principal.getName(), form.toReferral()).getId(), () -> "family/new");
    }

    /** "Add another child": the form comes back as it was typed, with one more row and no problems shown yet. */
    @PostMapping(value = "/family", params = "addChild")
    String addChild(@ModelAttribute("typed") ReferralForm typed, Principal principal, Model model) {
        family.requireReferrer(principal.getName());
        model.addAttribute("referral", typed.withAnotherChild());
        return "family/new";
    }

    @GetMapping("/family/{id}")
    String show(@PathVariable long id, Principal principal, Model model) {
        // A form refused because the referral moved on (private family time began) comes back as typed, though no longer offered.
        model.addAttribute("sentBack", List.copyOf(model.asMap().keySet()));
        FamilyService.FamilyView view = family.read(principal.getName(), id);
        FamilyReferral referral = view.referral();
        model.addAttribute("view", view);
        model.addAttribute("kindLabels", kinds.labels());
        model.addAttribute("network", view.networkMeeting().orElse(null));
        model.addAttribute("names", names(view));
        model.addAttribute("contacts", Options.of(InvitationContact.values(), InvitationContact::label));
        model.addAttribute("offerAnswers", Options.of(OfferAnswer.values(), OfferAnswer::label));
        model.addAttribute("consents", Options.of(Consent.values(), Consent::label));
        model.addAttribute("advocates", Options.of(AdvocateOffer.values(), AdvocateOffer::label));
        model.addAttribute("answers", Options.of(MeetingAnswer.values(), MeetingAnswer::label));
        model.addAttribute("stages", MeetingStage.values());
        model.addAttribute("doers", doers(view));
        List<Person> active = directory.people().stream().filter(Person::active).toList();
        model.addAttribute("coordinators", active.stream().filter(p -> p.hasRole(Role.CHAIR)).map(Options::person).toList());
        model.addAttribute("can", offered(view));
        Forms.offer(model, "coordinatorForm", () -> new CoordinatorForm(referral.getCoordinatorId() == null ? null : String.valueOf(referral.getCoordinatorId())));
        Forms.offer(model, "baseline", () -> new BaselineForm(null, null, null, null));
        Forms.offer(model, "member", MemberForm::empty);
        Forms.offer(model, "prepared", () -> new PreparedForm(null));
        Forms.offer(model, "task", () -> new TaskForm(null, null, DateInput.EMPTY, null));
        Forms.offer(model, "plan", () -> new PlanForm(null, null, null, null));
        Forms.offer(model, "review", () -> new ReviewForm(List.of(), null));
        Forms.offer(model, "decline", () -> new DeclineForm(null));
        return "family/show";
    }

    /** What the page offers this reader, from their rights and the referral's table. */
    private static Map<String, Boolean> offered(FamilyService.FamilyView view) {
        FamilyReferral r = view.referral();
        Map<String, Boolean> can = new LinkedHashMap<>();
        boolean coordinate = view.rights().coordinate();
        can.put("allocate", (view.rights().allocate() || view.rights().take()) && r.allows(FamilyCommand.ALLOCATE));
        can.put("baseline", coordinate && r.allows(FamilyCommand.RECORD_BASELINE));
        can.put("network", view.rights().network() && r.allows(FamilyCommand.CHANGE_NETWORK));
        can.put("prepare", coordinate && r.allows(FamilyCommand.CHANGE_NETWORK));
        can.put("finishPreparation", coordinate && r.allows(FamilyCommand.FINISH_PREPARATION));
        can.put("stage", coordinate && Arrays.stream(MeetingStage.values()).anyMatch(stage -> r.allows(stage.command())));
        can.put("plan", coordinate && r.allows(FamilyCommand.CHANGE_PLAN));
        can.put("agree", coordinate && r.allows(FamilyCommand.AGREE_PLAN) && r.getPrivateTimeEndedAt() != null);
        can.put("send", coordinate && r.allows(FamilyCommand.SEND_PLAN));
        can.put("review", coordinate && r.allows(FamilyCommand.RECORD_REVIEW));
        can.put("decline", view.rights().decline() && r.allows(FamilyCommand.DECLINE));
        can.put("letters", coordinate || view.rights().network());
        return can;
    }

    private Map<String, String> names(FamilyService.FamilyView view) {
        Map<String, String> names = new HashMap<>();
        directory.people().forEach(p -> names.put("person:" + p.id(), p.displayName()));
        directory.agencies().forEach(a -> names.put("agency:" + a.id(), a.name()));
        view.members().forEach(m -> names.put("member:" + m.getId(), m.getName() + " (" + m.getRelationship() + ")"));
        names.put("referrer", directory.findPerson(view.referral().getReferrerId()).map(Person::displayName).orElse(""));
        return names;
    }

    private List<Map<String, String>> doers(FamilyService.FamilyView view) {
        List<Map<String, String>> doers = new ArrayList<>();
        view.members().forEach(m -> doers.add(Options.option("member:" + m.getId(), m.getName() + " (" + m.getRelationship() + ")")));
        directory.agencies().forEach(a -> doers.add(Options.option("agency:" + a.id(), a.name())));
        directory.people().stream().filter(Person::active).forEach(p -> doers.add(Options.option("person:" + p.id(), p.displayName())));
        return doers;
    }

    @PostMapping("/family/{id}/coordinator")
    String allocate(@PathVariable long id, @Valid @ModelAttribute("coordinatorForm") CoordinatorForm form, BindingResult errors, Principal principal,
                    Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, Map.of("coordinatorId", "coordinator"), () -> family.allocate(principal.getName(), id, Forms.id(form.coordinator())),
                redirect, "Coordinator allocated. Convene the baseline meeting.", "/family/" + id, () -> show(id, principal, model));
    }

    @PostMapping("/family/{id}/baseline")
    String baseline(@PathVariable long id, @Valid @ModelAttribute("baseline") BaselineForm form, BindingResult errors, Principal principal, Model model,
                    RedirectAttributes redirect) {
        return Forms.submit(errors, () -> family.recordBaseline(principal.getName(), id,
                        new Baseline(form.objective(), form.questions(), form.bottomLines(), form.resources())),
                redirect, "Baseline recorded. Prepare the family network, and convene their meeting.", "/family/" + id, () -> show(id, principal, model));
    }

    @PostMapping("/family/{id}/members")
    String addMember(@PathVariable long id, @Valid @ModelAttribute("member") MemberForm form, BindingResult errors, Principal principal, Model model,
                     RedirectAttributes redirect) {
        return Forms.submit(errors, () -> family.addMember(principal.getName(), id, form.toMember()), redirect, "Added to the family network.",
                "/family/" + id + "#network", () -> show(id, principal, model));
    }

    @PostMapping("/family/{id}/members/{memberId}/preparation")
    String prepareMember(@PathVariable long id, @PathVariable long memberId, @Valid @ModelAttribute("preparation") PreparationForm form, BindingResult errors,
                         Principal principal, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> family.prepareMember(principal.getName(), id, memberId, Boolean.TRUE.equals(form.seen()),
                        form.consent() == null || form.consent().isBlank() ? null : Consent.valueOf(form.consent()),
                        form.advocate() == null || form.advocate().isBlank() ? null : AdvocateOffer.valueOf(form.advocate())),
                redirect, "Preparation recorded.", "/family/" + id + "#network", () -> show(id, principal, model));
    }

    @PostMapping("/family/{id}/members/{memberId}/invitation")
    String invite(@PathVariable long id, @PathVariable long memberId, @Valid @ModelAttribute("invitation") InvitationForm form, BindingResult errors,
                  Principal principal, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> family.invite(principal.getName(), id, memberId, InvitationContact.valueOf(form.how())), redirect,
                "Invitation recorded.", "/family/" + id + "#network", () -> show(id, principal, model));
    }

    @PostMapping("/family/{id}/members/{memberId}/answer")
    String answer(@PathVariable long id, @PathVariable long memberId, @Valid @ModelAttribute("answerForm") AnswerForm form, BindingResult errors,
                  Principal principal, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> family.recordAnswer(principal.getName(), id, memberId, MeetingAnswer.valueOf(form.answer())), redirect,
                "Answer recorded.", "/family/" + id + "#network", () -> show(id, principal, model));
    }

    @PostMapping("/family/{id}/preparation")
    String finishPreparation(@PathVariable long id, @Valid @ModelAttribute("prepared") PreparedForm form, BindingResult errors, Principal principal,
                             Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> family.finishPreparation(principal.getName(), id, form.childViews()), redirect,
                "Preparation finished. Record the meeting's stages as they happen.", "/family/" + id + "#meeting", () -> show(id, principal, model));
    }

    @PostMapping("/family/{id}/stages")
    String stage(@PathVariable long id, @Valid @ModelAttribute("stageForm") StageForm form, BindingResult errors, Principal principal, Model model,
                 RedirectAttributes redirect) {
        return Forms.submit(errors, () -> family.recordStage(principal.getName(), id, MeetingStage.valueOf(form.stage())), redirect,
                "Recorded.", "/family/" + id + "#meeting", () -> show(id, principal, model));
    }

    @PostMapping("/family/{id}/tasks")
    String addTask(@PathVariable long id, @Valid @ModelAttribute("task") TaskForm form, BindingResult errors, Principal principal, Model model,
                   RedirectAttributes redirect) {
        return Forms.submit(errors, Map.of("owner", "doer"), () -> family.addTask(principal.getName(), id, form.toTask()), redirect,
                "Task added to the plan.", "/family/" + id + "#plan", () -> show(id, principal, model));
    }

    @PostMapping("/family/{id}/tasks/{taskId}/remove")
    String removeTask(@PathVariable long id, @PathVariable long taskId, Principal principal, Model model, RedirectAttributes redirect) {
        return Forms.press(() -> family.removeTask(principal.getName(), id, taskId), redirect, "Task removed.", "/family/" + id + "#plan", model,
                () -> show(id, principal, model));
    }

    @PostMapping("/family/{id}/plan")
    String agree(@PathVariable long id, @Valid @ModelAttribute("plan") PlanForm form, BindingResult errors, Principal principal, Model model,
                 RedirectAttributes redirect) {
        return Forms.submit(errors, () -> family.agreePlan(principal.getName(), id, form.toTerms()), redirect,
                "Plan agreed. Check it, then send it.", "/family/" + id + "#plan", () -> show(id, principal, model));
    }

    @PostMapping("/family/{id}/plan/send")
    String send(@PathVariable long id, Principal principal, Model model, RedirectAttributes redirect) {
        return Forms.press(() -> family.sendPlan(principal.getName(), id), redirect,
                "Plan sent. Services' tasks are now actions. Print the plan for members without e-mail.", "/family/" + id + "#plan", model,
                () -> show(id, principal, model));
    }

    @PostMapping("/family/{id}/review")
    String review(@PathVariable long id, @Valid @ModelAttribute("review") ReviewForm form, BindingResult errors, Principal principal, Model model,
                  RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            FamilyService.FamilyView view = family.read(principal.getName(), id);
            Map<Long, TaskOutcome> outcomes = new HashMap<>();
            view.tasks().stream().filter(FamilyTask::isFamilys).forEach(task -> outcomes.put(task.id(),
                    form.done() != null && form.done().contains(String.valueOf(task.id())) ? TaskOutcome.DONE : TaskOutcome.NOT_DONE));
            family.recordReview(principal.getName(), id, outcomes, form.note());
        }, redirect, "Review recorded. The referral is closed.", "/family/" + id, () -> show(id, principal, model));
    }

    @PostMapping("/family/{id}/decline")
    String decline(@PathVariable long id, @Valid @ModelAttribute("decline") DeclineForm form, BindingResult errors, Principal principal, Model model,
                   RedirectAttributes redirect) {
        return Forms.submit(errors, () -> family.decline(principal.getName(), id, form.reason()), redirect,
                "Recorded that the family declined. Meetings not yet held are cancelled.", "/family/" + id, () -> show(id, principal, model));
    }

    @GetMapping("/family/{id}/members/{memberId}/invitation-letter")
    String invitationLetter(@PathVariable long id, @PathVariable long memberId, Principal principal, Model model) {
        model.addAttribute("letter", letters.invitation(principal.getName(), id, memberId));
        model.addAttribute("pdfLink", "/family/" + id + "/members/" + memberId + "/invitation-letter.pdf");
        return "family/letter";
    }

    @GetMapping("/family/{id}/members/{memberId}/outcome-letter")
    String outcomeLetter(@PathVariable long id, @PathVariable long memberId, Principal principal, Model model) {
        model.addAttribute("letter", letters.outcome(principal.getName(), id, memberId));
        model.addAttribute("pdfLink", "/family/" + id + "/members/" + memberId + "/outcome-letter.pdf");
        return "family/letter";
    }

    @GetMapping("/family/{id}/family-plan")
    String plan(@PathVariable long id, Principal principal, Model model) {
        model.addAttribute("letter", letters.plan(principal.getName(), id));
        model.addAttribute("pdfLink", "/family/" + id + "/family-plan.pdf");
        return "family/letter";
    }

    @GetMapping(value = "/family/{id}/members/{memberId}/invitation-letter.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> invitationLetterPdf(@PathVariable long id, @PathVariable long memberId, Principal principal) {
        return pdf(letters.pdf(letters.invitation(principal.getName(), id, memberId)), "invitation.pdf");
    }

    @GetMapping(value = "/family/{id}/members/{memberId}/outcome-letter.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> outcomeLetterPdf(@PathVariable long id, @PathVariable long memberId, Principal principal) {
        return pdf(letters.pdf(letters.outcome(principal.getName(), id, memberId)), "letter.pdf");
    }

    @GetMapping(value = "/family/{id}/family-plan.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> planPdf(@PathVariable long id, Principal principal) {
        return pdf(letters.pdf(letters.plan(principal.getName(), id)), "family-plan.pdf");
    }

    private static ResponseEntity<byte[]> pdf(byte[] pdf, String name) {
        return ResponseEntity.ok().header("Content-Disposition", "inline; filename=\"" + name + "\"").contentType(MediaType.APPLICATION_PDF).body(pdf);
    }
}
