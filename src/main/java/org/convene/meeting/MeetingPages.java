package org.convene.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.convene.access.MeetingRights;
import org.convene.calendar.CouncilTime;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.directory.Role;
import org.convene.shared.Limits;
import org.convene.web.Choice;
import org.convene.web.DateInput;
import org.convene.web.Forms;
import org.convene.web.Options;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The chair's pages: their meetings, and a meeting of any kind from convening to holding it. */
@Controller
class MeetingPages {

    private final MeetingService meetings;
    private final MeetingKinds kinds;
    private final Agenda agenda;
    private final Directory directory;
    private final CouncilTime dates;
    private final Clock clock;

    MeetingPages(MeetingService meetings, MeetingKinds kinds, Agenda agenda, Directory directory, CouncilTime dates,
                 Clock clock) {
        this.meetings = meetings;
        this.kinds = kinds;
        this.agenda = agenda;
        this.directory = directory;
        this.dates = dates;
        this.clock = clock;
    }

    record TimeAndPlaceForm(
            @DateInput.Real(required = "Enter the date of the meeting.") DateInput date,
            @NotBlank(message = "Enter the time it starts, like 09:30.") @Pattern(regexp = Forms.TIME, message = "Enter the time it starts like 09:30, on the 24-hour clock.") String startTime,
            @NotBlank(message = "Enter the time it ends, like 10:30.") @Pattern(regexp = Forms.TIME, message = "Enter the time it ends like 10:30, on the 24-hour clock.") String endTime,
            @Size(max = Limits.PLACE, message = "Give the place in {max} characters or fewer.") String location,
            @Size(max = Limits.LINK, message = "Give the link in {max} characters or fewer.") String virtualLink,
            @Size(max = Limits.INVITEES, message = "Invite at most {max} people and agencies at once.")
            List<@Pattern(regexp = Forms.OWNER, message = "Choose who to invite from the list.") String> invitees) {

        TimeAndPlaceForm {
            date = date == null ? DateInput.EMPTY : date;
            invitees = invitees == null ? List.of() : invitees;
        }

        /** Service fields that this form asks for under other names. */
        static final Map<String, String> FIELDS = Map.of("startsAt", "date", "endsAt", "endTime");

        static TimeAndPlaceForm of(Meeting meeting, ZoneId zone) {
            if (meeting.getStartsAt() == null) {
                return new TimeAndPlaceForm(DateInput.EMPTY, "09:30", "10:30", null, null, List.of());
            }
            ZonedDateTime start = meeting.getStartsAt().atZone(zone);
            ZonedDateTime end = meeting.getEndsAt().atZone(zone);
            return new TimeAndPlaceForm(DateInput.of(start.toLocalDate()), start.toLocalTime().toString(), end.toLocalTime().toString(),
                    meeting.getLocation(), meeting.getVirtualLink(), List.of());
        }

        Instant startsAt(ZoneId zone) {
            return Forms.instant(date, startTime, zone);
        }

        Instant endsAt(ZoneId zone) {
            return Forms.instant(date, endTime, zone);
        }

        List<Invitee> inviteesChosen() {
            return invitees.stream().map(Forms::owner)
                    .map(owner -> Invitee.personOrAgency(owner.personId(), owner.agencyId())).toList();
        }
    }

    record ChairForm(@NotBlank(message = "Choose who will chair the meeting.") @Pattern(regexp = Forms.ID, message = "Choose the chair from the list.") String chair) {
    }

    record CancellationForm(@NotBlank(message = "Say why the meeting is cancelled.")
                            @Size(max = Limits.REASON, message = "Give the reason in {max} characters or fewer.") String reason) {
    }

    record InvitationForm(@NotBlank(message = "Choose who to invite.") @Pattern(regexp = Forms.OWNER, message = "Choose who to invite from the list.") String invitee) {
    }

    record WithoutEmailForm(@NotBlank(message = "Give the name of the person to invite.")
                            @Size(max = Limits.NAME, message = "Give the name in {max} characters or fewer.") String name,
                            @Pattern(regexp = Forms.ID, message = "Choose the agency from the list, or none.") String agency,
                            @NotBlank(message = "Choose how you will invite them.")
                            @Choice(value = InvitationContact.class, message = "Choose how you will invite them from the list.") String contact,
                            @Size(max = Limits.PLACE, message = "Give the address or number in {max} characters or fewer.") String contactDetails) {

        static final WithoutEmailForm EMPTY = new WithoutEmailForm(null, null, null, null);
        static final Map<String, String> FIELDS = Map.of("agencyId", "agency");
    }

    record AgendaItemForm(@NotBlank(message = "Write the agenda item.") @Size(max = Limits.TITLE, message = "Keep an agenda item to {max} characters or fewer.") String title) {
    }

    record AnswerForm(@NotBlank(message = "Choose their answer.") @Choice(value = InvitationStatus.class, message = "Choose their answer from the list.") String answer,
                      @Size(max = Limits.NAME, message = "Give the delegate's name in {max} characters or fewer.") String delegateName,
                      @Size(max = Limits.EMAIL, message = "Give an e-mail address of {max} characters or fewer.") String delegateEmail) {
    }

    record HeldForm(Map<@Pattern(regexp = "\\d{1,18}") String, @Choice(value = Attendance.class, message = "Choose how they attended from the list.") String> attendance,
                    Map<@Pattern(regexp = "\\d{1,18}") String, @Size(max = Limits.NAME, message = "Give the name in {max} characters or fewer.") String> attendedBy,
                    Map<@Pattern(regexp = "\\d{1,18}") String, @DateInput.Real DateInput> reportReceived,
                    @Size(max = Limits.REASON, message = "Give the reason in {max} characters or fewer.") String quorumOverrideReason,
                    Boolean confidentialityRead) {

        HeldForm {
            attendance = attendance == null ? Map.of() : attendance;
            attendedBy = attendedBy == null ? Map.of() : attendedBy;
            reportReceived = reportReceived == null ? Map.of() : reportReceived;
            confidentialityRead = Boolean.TRUE.equals(confidentialityRead);
        }

        static final HeldForm EMPTY = new HeldForm(Map.of(), Map.of(), Map.of(), null, false);

        Map<Long, Attendance> attendanceById() {
            Map<Long, Attendance> byId = new HashMap<>();
            attendance.forEach((id, value) -> {
                if (value != null && !value.isBlank()) {
                    byId.put(Long.parseLong(id), Attendance.valueOf(value));
                }
            });
            return byId;
        }

        Map<Long, String> attendedById() {
            Map<Long, String> byId = new HashMap<>();
            attendedBy.forEach((id, name) -> byId.put(Long.parseLong(id), name));
            return byId;
        }

        Map<Long, Instant> reportsById(CouncilTime dates, Clock clock) {
            Map<Long, Instant> byId = new HashMap<>();
            reportReceived.forEach((id, date) -> {
                if (date != null && !date.isBlank()) {
                    byId.put(Long.parseLong(id), date.toDate().equals(LocalDate.now(clock.withZone(dates.zone())))
                            ? clock.instant() : date.toDate().atStartOfDay(dates.zone()).toInstant());
                }
            });
            return byId;
        }
    }

    @GetMapping("/meetings")
    String list(Principal principal, Person me, Model model) {
        model.addAttribute("kindLabels", kinds.labels());
        boolean chair = me.hasRole(Role.CHAIR);
        List<Meeting> chaired = meetings.chairedBy(principal.getName());
        List<Meeting> invited = meetings.invitedTo(principal.getName());
        Instant now = clock.instant();
        model.addAttribute("chaired", chaired);
        model.addAttribute("invited", invited);
        model.addAttribute("waiting", chair ? meetings.awaitingAChair() : List.of());
        model.addAttribute("awaitingRecord", Stream.concat(chaired.stream(), invited.stream())
                .filter(m -> m.isAwaitingRecord(now)).map(Meeting::getId).collect(Collectors.toSet()));
        return "meeting/list";
    }

    @GetMapping("/meetings/{id}")
    String show(@PathVariable long id, Principal principal, Model model) {
        Meeting meeting = meetings.read(principal.getName(), id);
        MeetingRights rights = meetings.rightsOf(principal.getName(), id);
        List<Invitation> invitations = meetings.invitationsOf(id);
        MeetingKind kind = meetings.kindOf(meeting);
        model.addAttribute("meeting", meeting);
        model.addAttribute("kind", kind);
        model.addAttribute("kindLabels", kinds.labels());
        model.addAttribute("case", kind.caseOf(meeting.getCaseId()));
        model.addAttribute("subjects", kinds.subjectsOf(meeting));
        model.addAttribute("agenda", agenda.itemsOf(id));
        model.addAttribute("agendaEditable", meeting.getStatus() == MeetingStatus.CONVENED && meeting.getStartsAt().isAfter(clock.instant()));
        model.addAttribute("awaitingRecord", meeting.isAwaitingRecord(clock.instant()));
        model.addAttribute("isChair", rights.chair() || rights.takeChair());
        model.addAttribute("canAssignChair", rights.assignChair());
        model.addAttribute("chairs", options(directory.peopleWithRole(Role.CHAIR).stream()
                .map(Options::person)));
        model.addAttribute("chairName", meeting.getChairId() == null ? "Not yet assigned" : directory.person(meeting.getChairId()).displayName());
        model.addAttribute("invitations", invitations.stream().filter(Invitation::isActive).map(i -> row(i, invitations)).toList());
        model.addAttribute("attendanceOptions", Options.of(Attendance.values(), Attendance::label));
        model.addAttribute("contactOptions", options(Stream.of(InvitationContact.values()).filter(c -> c != InvitationContact.EMAIL)
                .map(c -> Options.option(c.name(), c.label()))));
        model.addAttribute("agencyOptions", options(directory.agencies().stream().map(a -> Options.option(String.valueOf(a.id()), a.name()))));
        model.addAttribute("answers", InvitationPages.ANSWERS);
        model.addAttribute("answerOptions", options(InvitationPages.ANSWERS.entrySet().stream().map(e -> Options.option(e.getKey(), e.getValue()))));
        model.addAttribute("agencies", directory.agencies());
        model.addAttribute("people", directory.people());
        model.addAttribute("inviteeOptions", inviteeOptions(meeting));
        Forms.offer(model, "chair", () -> new ChairForm(meeting.getChairId() == null ? null : String.valueOf(meeting.getChairId())));
        Forms.offer(model, "convening", () -> new TimeAndPlaceForm(DateInput.EMPTY, "09:30", "10:30", null, null, requiredInvitees(meeting)));
        Forms.offer(model, "rescheduling", () -> TimeAndPlaceForm.of(meeting, dates.zone()));
        Forms.offer(model, "cancellation", () -> new CancellationForm(null));
        Forms.offer(model, "invitation", () -> new InvitationForm(null));
        Forms.offer(model, "withoutEmail", () -> WithoutEmailForm.EMPTY);
        Forms.offer(model, "agendaItem", () -> new AgendaItemForm(null));
        Forms.offer(model, "newAgendaItem", () -> new AgendaItemForm(null));
        Forms.offer(model, "answer", () -> new AnswerForm(null, null, null));
        Forms.offer(model, "held", () -> HeldForm.EMPTY);
        return "meeting/show";
    }

    @PostMapping("/meetings/{id}/chair")
    String assignChair(@PathVariable long id, @Valid @ModelAttribute("chair") ChairForm form, BindingResult errors, Principal principal,
                       Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, Map.of("chairId", "chair"), () -> meetings.assignChair(principal.getName(), id, Forms.id(form.chair())),
                redirect, "Chair changed.", "/meetings/" + id, () -> show(id, principal, model));
    }

    @PostMapping("/meetings/{id}/convening")
    String convene(@PathVariable long id, @Valid @ModelAttribute("convening") TimeAndPlaceForm form, BindingResult errors,
                   Principal principal, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, TimeAndPlaceForm.FIELDS, () -> meetings.convene(principal.getName(), id, form.startsAt(dates.zone()),
                        form.endsAt(dates.zone()), form.location(), form.virtualLink(), form.inviteesChosen()),
                redirect, "Meeting convened. Invitations are on their way.", "/meetings/" + id, () -> show(id, principal, model));
    }

    @PostMapping("/meetings/{id}/rescheduling")
    String reschedule(@PathVariable long id, @Valid @ModelAttribute("rescheduling") TimeAndPlaceForm form, BindingResult errors,
                      Principal principal, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, TimeAndPlaceForm.FIELDS, () -> meetings.reschedule(principal.getName(), id, form.startsAt(dates.zone()),
                        form.endsAt(dates.zone()), form.location(), form.virtualLink()),
                redirect, "Meeting moved. Invitees are getting a calendar update and are asked to answer again.", "/meetings/" + id,
                () -> show(id, principal, model));
    }

    @PostMapping("/meetings/{id}/cancellation")
    String cancel(@PathVariable long id, @Valid @ModelAttribute("cancellation") CancellationForm form, BindingResult errors,
                  Principal principal, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> meetings.cancel(principal.getName(), id, form.reason()),
                redirect, "Meeting cancelled. Invitees are getting a calendar cancellation.", "/meetings/" + id, () -> show(id, principal, model));
    }

    @PostMapping("/meetings/{id}/invitations")
    String invite(@PathVariable long id, @Valid @ModelAttribute("invitation") InvitationForm form, BindingResult errors,
                  Principal principal, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, Map.of("invitees", "invitee"), () -> {
            Forms.Owner owner = Forms.owner(form.invitee());
            meetings.invite(principal.getName(), id, Invitee.personOrAgency(owner.personId(), owner.agencyId()));
        }, redirect, "Invitation sent.", "/meetings/" + id, () -> show(id, principal, model));
    }

    @PostMapping("/meetings/{id}/invitations/without-email")
    String inviteWithoutEmail(@PathVariable long id, @Valid @ModelAttribute("withoutEmail") WithoutEmailForm form, BindingResult errors,
                              Principal principal, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, WithoutEmailForm.FIELDS, () -> meetings.invite(principal.getName(), id, Invitee.withoutEmail(form.name(),
                        Forms.id(form.agency()), InvitationContact.valueOf(form.contact()), form.contactDetails())),
                redirect, "Invitation recorded. Contact them, then mark them as told.", "/meetings/" + id, () -> show(id, principal, model));
    }

    @PostMapping("/meetings/{id}/invitations/{invitationId}/contacted")
    String contacted(@PathVariable long id, @PathVariable long invitationId, Principal principal, Model model, RedirectAttributes redirect) {
        return Forms.press(() -> meetings.recordContacted(principal.getName(), id, invitationId),
                redirect, "Recorded that they have been told.", "/meetings/" + id, model, () -> show(id, principal, model));
    }

    /** A letter inviting someone without e-mail, to print and post or hand over. It names no child. */
    @GetMapping("/meetings/{id}/invitations/{invitationId}/letter")
    String letter(@PathVariable long id, @PathVariable long invitationId, Principal principal, Model model) {
        model.addAttribute("letter", meetings.letter(principal.getName(), id, invitationId));
        return "meeting/letter";
    }

    @GetMapping("/meetings/{id}/invitations/{invitationId}/letter.pdf")
    ResponseEntity<byte[]> letterPdf(@PathVariable long id, @PathVariable long invitationId, Principal principal) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"invitation-" + invitationId + ".pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(meetings.letterPdf(principal.getName(), id, invitationId));
    }

    @PostMapping("/meetings/{id}/invitations/{invitationId}/removal")
    String removeInvitation(@PathVariable long id, @PathVariable long invitationId, Principal principal, Model model, RedirectAttributes redirect) {
        return Forms.press(() -> meetings.removeInvitation(principal.getName(), id, invitationId),
                redirect, "Invitation withdrawn. They can no longer see this meeting.", "/meetings/" + id, model, () -> show(id, principal, model));
    }

    @PostMapping("/meetings/{id}/invitations/{invitationId}/answer")
    String recordAnswer(@PathVariable long id, @PathVariable long invitationId, @Valid @ModelAttribute("answer") AnswerForm form,
                        BindingResult errors, Principal principal, Model model, RedirectAttributes redirect) {
        model.addAttribute("answerInvitationId", invitationId);
        return Forms.submit(errors, () -> meetings.recordAnswer(principal.getName(), id, invitationId, InvitationStatus.valueOf(form.answer()),
                        form.delegateName(), form.delegateEmail()),
                redirect, "Answer recorded.", "/meetings/" + id, () -> show(id, principal, model));
    }

    @PostMapping("/meetings/{id}/agenda")
    String addAgendaItem(@PathVariable long id, @Valid @ModelAttribute("newAgendaItem") AgendaItemForm form, BindingResult errors,
                         Principal principal, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> meetings.addAgendaItem(principal.getName(), id, form.title()),
                redirect, "Agenda item added.", "/meetings/" + id, () -> show(id, principal, model));
    }

    @PostMapping("/meetings/{id}/agenda/{itemId}")
    String changeAgendaItem(@PathVariable long id, @PathVariable long itemId, @Valid @ModelAttribute("agendaItem") AgendaItemForm form,
                            BindingResult errors, Principal principal, Model model, RedirectAttributes redirect) {
        model.addAttribute("agendaItemId", itemId);
        return Forms.submit(errors, () -> meetings.changeAgendaItem(principal.getName(), id, itemId, form.title()),
                redirect, "Agenda item changed.", "/meetings/" + id, () -> show(id, principal, model));
    }

    @PostMapping("/meetings/{id}/agenda/{itemId}/removal")
    String removeAgendaItem(@PathVariable long id, @PathVariable long itemId, Principal principal, Model model, RedirectAttributes redirect) {
        return Forms.press(() -> meetings.removeAgendaItem(principal.getName(), id, itemId),
                redirect, "Agenda item removed.", "/meetings/" + id, model, () -> show(id, principal, model));
    }

    @GetMapping("/meetings/{id}/agenda.pdf")
    ResponseEntity<byte[]> agendaPdf(@PathVariable long id, Principal principal) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"agenda-" + id + ".pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(meetings.agendaPdf(principal.getName(), id));
    }

    @PostMapping("/meetings/{id}/held")
    String held(@PathVariable long id, @Valid @ModelAttribute("held") HeldForm form, BindingResult errors, Principal principal, Model model,
                RedirectAttributes redirect) {
        return Forms.submit(errors, () -> meetings.recordHeld(principal.getName(), id, form.attendanceById(), form.reportsById(dates, clock),
                        form.attendedById(), form.quorumOverrideReason(), form.confidentialityRead()),
                redirect, "Attendance recorded. Now write the record.", "/meetings/" + id, () -> show(id, principal, model));
    }

    private List<String> requiredInvitees(Meeting meeting) {
        return directory.agencies().stream().filter(a -> meetings.kindOf(meeting).requiredAgencies().contains(a.kind()))
                .map(a -> "agency:" + a.id()).toList();
    }

    private List<Map<String, String>> inviteeOptions(Meeting meeting) {
        List<Map<String, String>> options = new ArrayList<>();
        directory.agencies().forEach(a -> options.add(Options.option("agency:" + a.id(), a.name() + " (duty inbox)")));
        directory.people().stream().filter(p -> p.active())
                .forEach(p -> options.add(Options.person("person:" + p.id(), p)));
        return options;
    }

    private InvitationRow row(Invitation invitation, List<Invitation> all) {
        String name;
        if (invitation.getPersonId() != null) {
            name = directory.person(invitation.getPersonId()).displayName();
        } else if (!invitation.isByEmail()) {
            name = invitation.getInviteeName();
        } else if (invitation.getDelegateOfId() != null) {
            name = all.stream().filter(i -> i.getId().equals(invitation.getDelegateOfId())).map(Invitation::getDelegateName).findFirst().orElse("A delegate");
        } else {
            name = "Duty inbox";
        }
        return new InvitationRow(invitation, name, invitation.getAgencyId() == null ? "no agency" : directory.agency(invitation.getAgencyId()).name(),
                invitation.getDelegateOfId() != null);
    }

    private static List<Map<String, String>> options(Stream<Map<String, String>> options) {
        return options.toList();
    }


    public record InvitationRow(Invitation invitation, String personName, String agencyName, boolean delegate) {
    }
}
