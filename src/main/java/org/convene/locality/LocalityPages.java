package org.convene.locality;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.briefing.BriefingService;
import org.convene.calendar.CouncilTime;
import org.convene.directory.Directory;
import org.convene.minutes.RecordPage;
import org.convene.shared.Limits;
import org.convene.subject.SubjectKind;
import org.convene.subject.Subjects;
import org.convene.web.Choice;
import org.convene.web.DateInput;
import org.convene.web.Forms;
import org.convene.web.Options;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The week's locality meetings, a locality's series with its coming dates, and each date's page: its agenda as it
 * assembles itself, a referral to it, and moving or cancelling it.
 */
@Controller
class LocalityPages {

    private final LocalityService localities;
    private final LocalityRecord record;
    private final RecordPage recordPage;
    private final BriefingService briefings;
    private final Subjects subjects;
    private final Directory directory;
    private final CouncilTime dates;
    private final Clock clock;

    LocalityPages(LocalityService localities, LocalityRecord record, RecordPage recordPage, BriefingService briefings, Subjects subjects,
                  Directory directory, CouncilTime dates, Clock clock) {
        this.localities = localities;
        this.record = record;
        this.recordPage = recordPage;
        this.briefings = briefings;
        this.subjects = subjects;
        this.directory = directory;
        this.dates = dates;
        this.clock = clock;
    }

    record MoveForm(
            @DateInput.Real(required = "Enter the new date.") DateInput date,
            @NotBlank(message = "Enter the time it starts, like 10:00.") @Pattern(regexp = Forms.TIME, message = "Enter the time it starts like 10:00, on the 24-hour clock.") String startTime,
            @NotBlank(message = "Enter the time it ends, like 11:30.") @Pattern(regexp = Forms.TIME, message = "Enter the time it ends like 11:30, on the 24-hour clock.") String endTime,
            @Size(max = Limits.PLACE, message = "Keep the place to {max} characters or fewer.") String location,
            @NotBlank(message = "Say why it is moved, for the members.") @Size(max = Limits.REASON, message = "Keep the reason to {max} characters or fewer.") String reason) {

        MoveForm {
            date = date == null ? DateInput.EMPTY : date;
        }
    }

    record ReferForm(
            @Pattern(regexp = Forms.ID, message = "Choose the child, peer group or location from the list.") String subject,
            @Choice(value = SubjectKind.class, message = "Choose a child, a peer group or a location.") String kind,
            @Size(max = Limits.NAME, message = "Keep the name to {max} characters or fewer.") String name,
            @DateInput.Real DateInput dateOfBirth,
            @NotBlank(message = "Say why it is referred.") @Size(max = Limits.CONCERN, message = "Keep the reason to {max} characters or fewer.") String reason,
            @Size(max = Limits.REASON, message = "Keep this to {max} characters or fewer.") String urgentReason) {

        ReferForm {
            dateOfBirth = dateOfBirth == null ? DateInput.EMPTY : dateOfBirth;
        }

        NewReferral toReferral(LocalDate date) {
            return new NewReferral(date, Forms.id(subject), kind == null || kind.isBlank() ? null : SubjectKind.valueOf(kind), name,
                    dateOfBirth.toDate(), reason, urgentReason);
        }
    }

    record ActionForm(
            @NotBlank(message = "Choose the subject it is about.") @Pattern(regexp = Forms.ID, message = "Choose the subject from the list.") String subject,
            @NotBlank(message = "Say what needs to be done.") @Size(max = Limits.TITLE, message = "Keep the action to {max} characters or fewer.") String title,
            @NotBlank(message = "Choose who will do it.") @Pattern(regexp = Forms.OWNER, message = "Choose who will do it from the list.") String owner,
            @DateInput.Real(required = "Enter the date it is due.") DateInput dueDate) {

        ActionForm {
            dueDate = dueDate == null ? DateInput.EMPTY : dueDate;
        }
    }

    record EndReviewForm(
            @NotBlank(message = "Choose the subject whose review ends.") @Pattern(regexp = Forms.ID, message = "Choose the subject from the list.") String subject,
            @NotBlank(message = "Say why the review ends.") @Size(max = Limits.REASON, message = "Keep the reason to {max} characters or fewer.") String reason) {
    }

    record SubjectRecordForm(
            @Size(max = Limits.ENTRY, message = "Keep the analysis to {max} characters or fewer.") String analysis,
            @Choice(value = LocalityDecision.class, message = "Choose a decision from the list.") String decision,
            @Size(max = Limits.REASON, message = "Keep the reason to {max} characters or fewer.") String reason,
            @Pattern(regexp = Forms.ID, message = "Choose who leads the assessment from the list.") String assessmentLead,
            @DateInput.Real DateInput assessmentDue) {

        SubjectRecordForm {
            assessmentDue = assessmentDue == null ? DateInput.EMPTY : assessmentDue;
        }

        LocalityRecord.SubjectDecision toDecision() {
            return new LocalityRecord.SubjectDecision(analysis, decision == null || decision.isBlank() ? null : LocalityDecision.valueOf(decision),
                    reason, Forms.id(assessmentLead), assessmentDue.toDate());
        }
    }

    record TimedItemForm(
            @NotBlank(message = "Say what the item is.") @Size(max = Limits.TITLE, message = "Keep the item to {max} characters or fewer.") String title,
            @NotBlank(message = "Give the minutes it may take.") @Pattern(regexp = "\\s*\\d{1,3}\\s*", message = "Give the minutes as a number, like 15.") String minutes) {
    }

    record CancelForm(@NotBlank(message = "Say why it is cancelled, for the members.")
                      @Size(max = Limits.REASON, message = "Keep the reason to {max} characters or fewer.") String reason) {
    }

    @GetMapping("/localities")
    String list(Principal principal, Model model) {
        model.addAttribute("views", localities.visibleSeries(principal.getName()));
        return "locality/list";
    }

    @GetMapping("/localities/reviews")
    String reviews(Principal principal, Model model) {
        model.addAttribute("localities", localities.reviews(principal.getName()));
        return "locality/reviews";
    }

    @GetMapping("/localities/{id}")
    String show(@PathVariable long id, Principal principal, Model model) {
        model.addAttribute("view", localities.read(principal.getName(), id));
        return "locality/show";
    }

    @GetMapping("/localities/{id}/dates/{date}")
    String date(@PathVariable long id, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Principal principal, Model model) {
        LocalityService.SeriesView view = localities.read(principal.getName(), id);
        LocalityService.MeetingAgenda agenda = localities.agenda(principal.getName(), id, date);
        Occurrence occurrence = agenda.occurrence();
        boolean coming = !occurrence.cancelled() && occurrence.startsAt().isAfter(clock.instant());
        model.addAttribute("view", view);
        model.addAttribute("agenda", agenda);
        model.addAttribute("occurrence", occurrence);
        model.addAttribute("coming", coming);
        model.addAttribute("pastCutOff", !clock.instant().isBefore(occurrence.referralCutOff()));
        model.addAttribute("seesTheLog", briefings.seesTheLog(principal.getName()));
        Map<String, String> choices = new LinkedHashMap<>();
        agenda.underReview().forEach(line -> choices.put(String.valueOf(line.subject().id()), line.subject().name() + " (under review)"));
        subjects.linkableBy(principal.getName()).forEach(s -> choices.putIfAbsent(String.valueOf(s.id()), s.name() + " (" + s.kind().label().toLowerCase() + ")"));
        model.addAttribute("referable", choices.entrySet().stream().map(e -> Options.option(e.getKey(), e.getValue())).toList());
        model.addAttribute("kinds", Options.of(SubjectKind.values(), SubjectKind::label));
        ZoneId zone = dates.zone();
        Forms.offer(model, "referral", () -> new ReferForm(null, null, null, DateInput.EMPTY, null, null));
        Forms.offer(model, "actionForm", () -> new ActionForm(null, null, null, DateInput.EMPTY));
        Forms.offer(model, "endReview", () -> new EndReviewForm(null, null));
        Forms.offer(model, "timedItem", () -> new TimedItemForm(null, null));
        List<Map<String, String>> onAgenda = new ArrayList<>();
        agenda.referrals().forEach(line -> onAgenda.add(Options.option(line.subject().id(), line.subject().name())));
        agenda.underReview().forEach(line -> onAgenda.add(Options.option(line.subject().id(), line.subject().name())));
        model.addAttribute("onAgenda", onAgenda);
        model.addAttribute("owners", Options.actionOwners(directory.people(), directory.agencies()));
        Forms.offer(model, "move", () -> new MoveForm(DateInput.of(occurrence.startsAt().atZone(zone).toLocalDate()),
                dates.time(occurrence.startsAt()), dates.time(occurrence.endsAt()), null, null));
        Forms.offer(model, "cancellation", () -> new CancelForm(null));
        return "locality/date";
    }

    @PostMapping("/localities/{id}/dates/{date}/actions")
    String setAction(@PathVariable long id, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                     @Valid @ModelAttribute("actionForm") ActionForm form, BindingResult errors, Principal principal, Model model,
                     RedirectAttributes redirect) {
        localities.requireChair(principal.getName(), id);
        return Forms.submit(errors, Map.of("subjectId", "subject", "ownerPersonId", "owner", "ownerAgencyId", "owner"), () -> {
            Forms.Owner owner = Forms.owner(form.owner());
            localities.setAction(principal.getName(), id, date, Forms.id(form.subject()), form.title(), owner.personId(), owner.agencyId(),
                    form.dueDate().toDate());
        }, redirect, "Action set. It is carried forward while it is open.", "/localities/" + id + "/dates/" + date, () -> date(id, date, principal, model));
    }

    @PostMapping("/localities/{id}/dates/{date}/review-ends")
    String endReview(@PathVariable long id, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                     @Valid @ModelAttribute("endReview") EndReviewForm form, BindingResult errors, Principal principal, Model model,
                     RedirectAttributes redirect) {
        localities.requireChair(principal.getName(), id);
        return Forms.submit(errors, Map.of("subjectId", "subject"), () -> localities.endReview(principal.getName(), id, date, Forms.id(form.subject()),
                form.reason()), redirect, "Review ended. The subject is on no later agenda unless referred again.", "/localities/" + id + "/dates/" + date,
                () -> date(id, date, principal, model));
    }

    @PostMapping("/localities/{id}/dates/{date}/timed-items")
    String addTimedItem(@PathVariable long id, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                        @Valid @ModelAttribute("timedItem") TimedItemForm form, BindingResult errors, Principal principal, Model model,
                        RedirectAttributes redirect) {
        localities.requireChair(principal.getName(), id);
        return Forms.submit(errors, Map.of(), () -> localities.addTimedItem(principal.getName(), id, date, form.title(), Integer.valueOf(form.minutes().trim())),
                redirect, "Item added to the agenda.", "/localities/" + id + "/dates/" + date, () -> date(id, date, principal, model));
    }

    @PostMapping("/localities/{id}/dates/{date}/timed-items/{itemId}/remove")
    String removeTimedItem(@PathVariable long id, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @PathVariable long itemId,
                           Principal principal, Model model, RedirectAttributes redirect) {
        return Forms.press(() -> localities.removeTimedItem(principal.getName(), id, date, itemId), redirect, "Item taken off the agenda.",
                "/localities/" + id + "/dates/" + date, model, () -> date(id, date, principal, model));
    }

    @PostMapping("/meetings/{id}/record/subjects/{subjectId}")
    String saveSubjectRecord(@PathVariable long id, @PathVariable long subjectId, @Valid @ModelAttribute("subjectRecord") SubjectRecordForm form,
                             BindingResult errors, Principal principal, Model model, RedirectAttributes redirect) {
        model.addAttribute("recordSubjectId", subjectId);
        return Forms.submit(errors, Map.of("assessmentLead", "assessmentLead", "assessmentDue", "assessmentDue"),
                () -> record.save(principal.getName(), id, subjectId, form.toDecision()),
                redirect, "Saved.", "/meetings/" + id + "/record", () -> recordPage.show(id, principal, model));
    }

    @PostMapping("/localities/{id}/dates/{date}/referrals")
    String refer(@PathVariable long id, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                 @Valid @ModelAttribute("referral") ReferForm form, BindingResult errors, Principal principal, Model model, RedirectAttributes redirect) {
        localities.requireToRefer(principal.getName(), id);
        return Forms.submit(errors, Map.of("subjectId", "subject"), () -> localities.refer(principal.getName(), id, form.toReferral(date)), redirect,
                "Referred. It is on this meeting's agenda.", "/localities/" + id + "/dates/" + date, () -> date(id, date, principal, model));
    }

    @PostMapping("/localities/{id}/dates/{date}/move")
    String move(@PathVariable long id, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                @Valid @ModelAttribute("move") MoveForm form, BindingResult errors, Principal principal, Model model, RedirectAttributes redirect) {
        localities.requireChair(principal.getName(), id);
        return Forms.submit(errors, Map.of("startsAt", "date", "endsAt", "endTime"),
                () -> localities.move(principal.getName(), id, date, Forms.instant(form.date(), form.startTime(), dates.zone()),
                        Forms.instant(form.date(), form.endTime(), dates.zone()), form.location(), form.reason()),
                redirect, "Meeting moved. Every member's calendar gets the change.", "/localities/" + id, () -> date(id, date, principal, model));
    }

    @PostMapping("/localities/{id}/dates/{date}/cancel")
    String cancel(@PathVariable long id, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                  @Valid @ModelAttribute("cancellation") CancelForm form, BindingResult errors, Principal principal, Model model,
                  RedirectAttributes redirect) {
        localities.requireChair(principal.getName(), id);
        return Forms.submit(errors, Map.of(), () -> localities.cancel(principal.getName(), id, date, form.reason()), redirect,
                "Meeting cancelled. Every member's calendar gets the change.", "/localities/" + id, () -> date(id, date, principal, model));
    }
}
