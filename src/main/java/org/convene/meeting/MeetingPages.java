package org.convene.meeting;

import java.security.Principal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convene.access.MeetingRights;
import org.convene.calendar.CouncilTime;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.directory.Role;
import org.convene.shared.ConflictException;
import org.convene.shared.FormFields;
import org.convene.shared.InvalidRequestException;
import org.convene.shared.Text;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The chair's pages: their meetings, raising a concern, and a meeting from convening to holding it. */
@Controller
class MeetingPages {

    private final MeetingService meetings;
    private final Agenda agenda;
    private final Directory directory;
    private final CouncilTime dates;
    private final Clock clock;

    MeetingPages(MeetingService meetings, Agenda agenda, Directory directory, CouncilTime dates, Clock clock) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.directory = directory;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping("/meetings")
    String list(Principal principal, Model model) {
        model.addAttribute("chaired", meetings.chairedBy(principal.getName()));
        model.addAttribute("invited", meetings.invitedTo(principal.getName()));
        model.addAttribute("waiting", me(principal).hasRole(Role.CHAIR) ? meetings.awaitingAChair() : List.of());
        return "meeting/list";
    }

    @GetMapping("/meetings/new")
    @PreAuthorize("hasAnyRole('CHAIR', 'MANAGER')")
    String newConcern(Model model) {
        return concernForm(model, Map.of());
    }

    @PostMapping("/meetings")
    @PreAuthorize("hasAnyRole('CHAIR', 'MANAGER')")
    String raise(@RequestParam MultiValueMap<String, String> form, Principal principal, Model model, RedirectAttributes redirect) {
        try {
            List<MeetingChild> children = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                String name = form.getFirst("child" + i);
                if (name != null && !name.isBlank()) {
                    children.add(MeetingChild.named(name.trim(), null, Text.orNull(form.getFirst("child" + i + "Reference"))));
                }
            }
            Meeting meeting = meetings.raiseConcern(principal.getName(), new NewConcern(form.getFirst("concern"),
                    form.getFirst("referrerName"), FormFields.optionalId(form.getFirst("referrerAgency")), Text.orNull(form.getFirst("referrerEmail")),
                    children, FormFields.optionalId(form.getFirst("chair"))));
            redirect.addFlashAttribute("success", "Concern recorded. Convene the strategy discussion by " + dates.dateTime(meeting.getConveneBy()) + ".");
            return "redirect:/meetings/" + meeting.getId();
        } catch (InvalidRequestException e) {
            model.addAttribute("error", e.getMessage());
            return concernForm(model, form.toSingleValueMap());
        }
    }

    @GetMapping("/meetings/{id}")
    String show(@PathVariable long id, Principal principal, Model model) {
        Meeting meeting = meetings.read(principal.getName(), id);
        MeetingRights rights = meetings.rightsOf(principal.getName(), id);
        List<Invitation> invitations = meetings.invitationsOf(id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("children", meetings.childrenOf(id));
        model.addAttribute("agenda", agenda.itemsOf(id));
        model.addAttribute("agendaEditable", meeting.getStatus() == MeetingStatus.CONVENED && meeting.getStartsAt().isAfter(clock.instant()));
        model.addAttribute("isChair", rights.chair() || rights.takeChair());
        model.addAttribute("canAssignChair", rights.assignChair());
        model.addAttribute("chairs", directory.peopleWithRole(Role.CHAIR));
        model.addAttribute("chairName", meeting.getChairId() == null ? "Not yet assigned" : directory.person(meeting.getChairId()).displayName());
        model.addAttribute("invitations", invitations.stream().filter(Invitation::isActive)
                .map(i -> new InvitationRow(i, i.getPersonId() == null ? null : directory.person(i.getPersonId()).displayName(),
                        directory.agency(i.getAgencyId()).name())).toList());
        model.addAttribute("attendanceOptions", Attendance.values());
        model.addAttribute("answers", InvitationPages.ANSWERS);
        model.addAttribute("agencies", directory.agencies());
        model.addAttribute("people", directory.people());
        model.addAttribute("requiredKinds", RequiredAgencies.of(meeting.getType()).stream().map(Enum::name).toList());
        return "meeting/show";
    }

    @PostMapping("/meetings/{id}/chair")
    String assignChair(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Principal principal, Model model,
                       RedirectAttributes redirect) {
        return attempt(id, principal, model, redirect, "chair", form, "Chair changed. They can now convene and run the meeting.",
                () -> meetings.assignChair(principal.getName(), id, FormFields.id(form.getFirst("chair"), "Choose who will chair the meeting.")));
    }

    @PostMapping("/meetings/{id}/convening")
    String convene(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Principal principal, Model model,
                   RedirectAttributes redirect) {
        return attempt(id, principal, model, redirect, "convening", form, "Meeting convened. Invitations are on their way.", () -> {
            Instant[] times = times(form);
            List<Invitee> invitees = new ArrayList<>();
            for (String value : form.getOrDefault("invitee", List.of())) {
                invitees.add(invitee(value));
            }
            meetings.convene(principal.getName(), id, times[0], times[1], form.getFirst("location"), form.getFirst("virtualLink"), invitees);
        });
    }

    @PostMapping("/meetings/{id}/rescheduling")
    String reschedule(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Principal principal, Model model,
                      RedirectAttributes redirect) {
        return attempt(id, principal, model, redirect, "rescheduling", form, "Meeting moved. Invitees are getting a calendar update.", () -> {
            Instant[] times = times(form);
            meetings.reschedule(principal.getName(), id, times[0], times[1], form.getFirst("location"), form.getFirst("virtualLink"));
        });
    }

    @PostMapping("/meetings/{id}/cancellation")
    String cancel(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Principal principal, Model model,
                  RedirectAttributes redirect) {
        return attempt(id, principal, model, redirect, "cancellation", form, "Meeting cancelled. Invitees are getting a calendar cancellation.",
                () -> meetings.cancel(principal.getName(), id, form.getFirst("reason")));
    }

    @PostMapping("/meetings/{id}/invitations")
    String invite(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Principal principal, Model model,
                  RedirectAttributes redirect) {
        return attempt(id, principal, model, redirect, "invitation", form, "Invitation sent.",
                () -> meetings.invite(principal.getName(), id, invitee(form.getFirst("invitee"))));
    }

    @PostMapping("/meetings/{id}/invitations/{invitationId}/removal")
    String removeInvitation(@PathVariable long id, @PathVariable long invitationId, Principal principal, Model model,
                            RedirectAttributes redirect) {
        return attempt(id, principal, model, redirect, "withdrawal", new LinkedMultiValueMap<>(),
                "Invitation withdrawn. They can no longer see this meeting.", () -> meetings.removeInvitation(principal.getName(), id, invitationId));
    }

    @PostMapping("/meetings/{id}/agenda")
    String addAgendaItem(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Principal principal, Model model,
                         RedirectAttributes redirect) {
        return attempt(id, principal, model, redirect, "agenda", form, "Agenda item added.",
                () -> meetings.addAgendaItem(principal.getName(), id, form.getFirst("title")));
    }

    @PostMapping("/meetings/{id}/agenda/{itemId}")
    String changeAgendaItem(@PathVariable long id, @PathVariable long itemId, @RequestParam MultiValueMap<String, String> form,
                            Principal principal, Model model, RedirectAttributes redirect) {
        return attempt(id, principal, model, redirect, "agenda-item", form, "Agenda item changed.",
                () -> meetings.changeAgendaItem(principal.getName(), id, itemId, form.getFirst("title")));
    }

    @PostMapping("/meetings/{id}/agenda/{itemId}/removal")
    String removeAgendaItem(@PathVariable long id, @PathVariable long itemId, Principal principal, Model model, RedirectAttributes redirect) {
        return attempt(id, principal, model, redirect, "agenda-removal", new LinkedMultiValueMap<>(), "Agenda item removed.",
                () -> meetings.removeAgendaItem(principal.getName(), id, itemId));
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
    String held(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Principal principal, Model model,
                RedirectAttributes redirect) {
        return attempt(id, principal, model, redirect, "held", form, "Attendance recorded. Now write the record.", () -> {
            Map<Long, Attendance> attendance = new HashMap<>();
            Map<Long, Instant> reports = new HashMap<>();
            for (Invitation invitation : meetings.invitationsOf(id)) {
                String value = form.getFirst("attendance-" + invitation.getId());
                Attendance recorded = FormFields.optionalChoice(Attendance.class, value, "Choose how each invitee attended.");
                if (recorded != null) {
                    attendance.put(invitation.getId(), recorded);
                    if (recorded == Attendance.APOLOGIES_WITH_REPORT) {
                        reports.put(invitation.getId(), clock.instant());
                    }
                }
            }
            meetings.recordHeld(principal.getName(), id, attendance, reports, form.getFirst("quorumOverrideReason"));
        });
    }

    private String attempt(long id, Principal principal, Model model, RedirectAttributes redirect, String formName,
                           MultiValueMap<String, String> form, String success, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("success", success);
            return "redirect:/meetings/" + id;
        } catch (InvalidRequestException | ConflictException e) {
            model.addAttribute("error", e.getMessage());
            FormFields.sendBack(model, formName, form);
            return show(id, principal, model);
        }
    }

    private Instant[] times(MultiValueMap<String, String> form) {
        try {
            LocalDate date = FormFields.date(form.getFirst("day"), form.getFirst("month"), form.getFirst("year"));
            LocalTime start = LocalTime.parse(form.getFirst("startTime").trim());
            LocalTime end = LocalTime.parse(form.getFirst("endTime").trim());
            return new Instant[] {date.atTime(start).atZone(dates.zone()).toInstant(), date.atTime(end).atZone(dates.zone()).toInstant()};
        } catch (NullPointerException | NumberFormatException | DateTimeException e) {
            throw new InvalidRequestException("Enter a real date, and start and end times like 09:30 and 10:30.");
        }
    }

    private String concernForm(Model model, Map<String, String> values) {
        model.addAttribute("values", new HashMap<>(values));
        model.addAttribute("agencies", directory.agencies());
        model.addAttribute("chairs", directory.peopleWithRole(Role.CHAIR));
        return "meeting/new";
    }

    private Person me(Principal principal) {
        return directory.personByUsername(principal.getName()).orElseThrow(() -> new AccessDeniedException("unknown user"));
    }

    private static Invitee invitee(String value) {
        FormFields.PersonOrAgency chosen = FormFields.personOrAgency(value, "Choose who to invite.");
        return new Invitee(chosen.personId(), chosen.agencyId());
    }

    public record InvitationRow(Invitation invitation, String personName, String agencyName) {
    }
}
