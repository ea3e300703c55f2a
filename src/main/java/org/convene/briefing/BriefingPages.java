package org.convene.briefing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.convene.action.ActionService;
import org.convene.calendar.CouncilTime;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.shared.InvalidRequestException;
import org.convene.shared.Limits;
import org.convene.strategy.StrategyService;
import org.convene.subject.Subjects;
import org.convene.web.ChildInput;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The day's briefing with its agenda, logging an incident, uploading a police export, and triaging an incident. */
@Controller
class BriefingPages {

    private static final String TIME_MESSAGE = "Enter the time like 21:30, on the 24-hour clock.";

    private final BriefingService briefings;
    private final StrategyService strategies;
    private final ActionService actions;
    private final Subjects subjects;
    private final Directory directory;
    private final CouncilTime dates;

    BriefingPages(BriefingService briefings, StrategyService strategies, ActionService actions, Subjects subjects, Directory directory,
                  CouncilTime dates) {
        this.briefings = briefings;
        this.strategies = strategies;
        this.actions = actions;
        this.subjects = subjects;
        this.directory = directory;
        this.dates = dates;
    }

    record IncidentForm(
            @NotBlank(message = "Enter the police reference.") @Size(max = Limits.REFERENCE, message = "Give the police reference in {max} characters or fewer.") String policeReference,
            @DateInput.Real(required = "Enter the date of the incident.") DateInput occurredDate,
            @NotBlank(message = "Enter the time of the incident, like 21:30.") @Pattern(regexp = Forms.TIME, message = TIME_MESSAGE) String occurredTime,
            @NotBlank(message = "Choose the kind of incident.") @Choice(value = IncidentKind.class, message = "Choose the kind from the list.") String kind,
            @NotBlank(message = "Describe the circumstances briefly.") @Size(max = Limits.CONCERN, message = "Keep this to {max} characters or fewer.") String circumstances,
            @Size(max = Limits.PLACE, message = "Keep the location to {max} characters or fewer.") String location,
            @Pattern(regexp = Forms.ID, message = "Choose the reporting agency from the list.") String reportingAgency,
            @Valid @Size(max = Limits.CHILDREN, message = "Name at most {max} children in one incident.") List<ChildInput> children,
            @Size(max = Limits.CONCERN, message = "Keep this to {max} characters or fewer.") String peerGroups) {

        IncidentForm {
            occurredDate = occurredDate == null ? DateInput.EMPTY : occurredDate;
            children = children == null ? List.of() : children;
        }

        static IncidentForm empty(Long agencyId) {
            return new IncidentForm(null, DateInput.EMPTY, null, null, null, null, agencyId == null ? null : String.valueOf(agencyId),
                    List.of(ChildInput.EMPTY, ChildInput.EMPTY), null);
        }

        IncidentForm withAnotherChild() {
            List<ChildInput> more = new ArrayList<>(children.stream().map(c -> c == null ? ChildInput.EMPTY : c).toList());
            if (more.size() < Limits.CHILDREN) {
                more.add(ChildInput.EMPTY);
            }
            return new IncidentForm(policeReference, occurredDate, occurredTime, kind, circumstances, location, reportingAgency, more, peerGroups);
        }

        NewIncident toIncident(ZoneId zone) {
            return new NewIncident(policeReference, Forms.instant(occurredDate, occurredTime, zone), IncidentKind.valueOf(kind), circumstances,
                    location, Forms.id(reportingAgency),
                    children.stream().filter(c -> c != null && !c.isBlank()).map(c -> new NewIncident.NamedChild(c.name().trim(), c.dateOfBirth().toDate())).toList(),
                    peerGroups == null ? List.of() : Arrays.stream(peerGroups.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        }
    }

    record TriageForm(
            @NotBlank(message = "Choose what the briefing decided.") @Choice(value = TriageDecision.class, message = "Choose the decision from the list.") String decision,
            @Size(max = Limits.REASON, message = "Keep the note to {max} characters or fewer.") String note,
            @Pattern(regexp = Forms.ID, message = "Choose the locality from the list.") String locality,
            @Pattern(regexp = Forms.ID, message = "Choose the subject from the list.") String subject,
            @Size(max = Limits.TITLE, message = "Keep the action to {max} characters or fewer.") String actionTitle,
            @Pattern(regexp = "|" + Forms.OWNER, message = "Choose who will do it from the list.") String actionOwner,
            @DateInput.Real DateInput actionDueDate) {

        TriageForm {
            actionDueDate = actionDueDate == null ? DateInput.EMPTY : actionDueDate;
        }

        Triage toTriage() {
            Forms.Owner owner = actionOwner == null || actionOwner.isBlank() ? null : Forms.owner(actionOwner);
            return new Triage(TriageDecision.valueOf(decision), note, Forms.id(locality), Forms.id(subject), actionTitle,
                    owner == null ? null : owner.personId(), owner == null ? null : owner.agencyId(), actionDueDate.toDate());
        }
    }

    record UploadForm(MultipartFile file, @Pattern(regexp = Forms.ID, message = "Choose the reporting agency from the list.") String reportingAgency) {
    }

    record AttendanceForm(@Size(max = Limits.INVITEES, message = "Choose at most {max} people.")
                          List<@Pattern(regexp = "\\d{1,18}", message = "Choose who attended from the list.") String> attendees) {
        AttendanceForm {
            attendees = attendees == null ? List.of() : attendees;
        }
    }

    @GetMapping("/briefings")
    String today(Principal principal, Model model) {
        return show(briefings.today(principal.getName()), model);
    }

    @GetMapping("/briefings/{date}")
    String onDate(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Principal principal, Model model) {
        return show(briefings.briefingOn(principal.getName(), date), model);
    }

    private String show(BriefingService.BriefingView view, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("members", view.members().stream().map(Options::person).toList());
        Forms.offer(model, "attendance", () -> new AttendanceForm(view.briefing().attendeeIds().stream().map(String::valueOf).toList()));
        return "briefing/show";
    }

    @PostMapping("/briefings/{id}/attendance")
    String attendance(@PathVariable long id, @Valid @ModelAttribute("attendance") AttendanceForm form, BindingResult errors, Principal principal,
                      Model model, RedirectAttributes redirect) {
        briefings.requireToTriage(principal.getName());
        return Forms.submit(errors, Map.of(), redirect, "Attendance recorded.", () -> {
            DailyBriefing briefing = briefings.recordAttendance(principal.getName(), id, form.attendees().stream().map(Long::valueOf).toList());
            return "/briefings/" + briefing.getBriefingDate();
        }, () -> today(principal, model));
    }

    @GetMapping("/incidents/new")
    String newIncident(Principal principal, Model model) {
        briefings.requireToLog(principal.getName());
        model.addAttribute("incident", IncidentForm.empty(directory.personByUsername(principal.getName()).map(Person::agencyId).orElse(null)));
        return incidentForm(model);
    }

    @PostMapping("/incidents")
    String log(@Valid @ModelAttribute("incident") IncidentForm form, BindingResult errors, Principal principal, Model model, RedirectAttributes redirect) {
        briefings.requireToLog(principal.getName());
        for (int i = 0; i < form.children().size(); i++) {
            ChildInput child = form.children().get(i);
            if (child != null && child.lacksName()) {
                errors.rejectValue("children[" + i + "].name", "required", "Give the child's name, or clear the row.");
            }
        }
        return Forms.submit(errors, Map.of("occurredAt", "occurredDate", "reportingAgencyId", "reportingAgency", "children", "children[0].name"), redirect,
                "Incident logged. It is on the agenda of the next briefing.",
                () -> "/incidents/" + briefings.log(principal.getName(), form.toIncident(dates.zone()), IncidentSource.FORM).getId(),
                () -> incidentForm(model));
    }

    /** "Add another child": the form comes back as it was typed, with one more row and no problems shown yet. */
    @PostMapping(value = "/incidents", params = "addChild")
    String addChild(@ModelAttribute("typed") IncidentForm typed, Principal principal, Model model) {
        briefings.requireToLog(principal.getName());
        model.addAttribute("incident", typed.withAnotherChild());
        return incidentForm(model);
    }

    private String incidentForm(Model model) {
        model.addAttribute("kinds", Options.of(IncidentKind.values(), IncidentKind::label));
        model.addAttribute("agencies", directory.agencies().stream().map(a -> Options.option(a.id(), a.name())).toList());
        return "briefing/new-incident";
    }

    @GetMapping("/incidents/upload")
    String upload(Principal principal, Model model) {
        briefings.requireToLog(principal.getName());
        Long agency = directory.personByUsername(principal.getName()).map(Person::agencyId).orElse(null);
        Forms.offer(model, "upload", () -> new UploadForm(null, agency == null ? null : String.valueOf(agency)));
        return uploadForm(model);
    }

    @PostMapping("/incidents/upload")
    String upload(@Valid @ModelAttribute("upload") UploadForm form, BindingResult errors, Principal principal, Model model,
                  RedirectAttributes redirect) throws IOException {
        briefings.requireToLog(principal.getName());
        if (form.file() == null || form.file().isEmpty()) {
            errors.rejectValue("file", "required", "Choose the CSV file to upload.");
        }
        if (errors.hasErrors()) {
            return uploadForm(model);
        }
        try (Reader csv = new InputStreamReader(form.file().getInputStream(), StandardCharsets.UTF_8)) {
            int count = briefings.importCsv(principal.getName(), csv, Forms.id(form.reportingAgency()));
            redirect.addFlashAttribute("success", count == 1 ? "1 incident loaded." : count + " incidents loaded.");
            return "redirect:/briefings";
        } catch (CsvRejectedException e) {
            model.addAttribute("rowErrors", e.errors().stream()
                    .map(error -> Map.of("row", String.valueOf(error.row()), "column", error.column(), "message", error.message())).toList());
            model.addAttribute("rejected", e.getMessage());
        } catch (InvalidRequestException e) {
            model.addAttribute("rejected", e.getMessage());
        }
        return uploadForm(model);
    }

    private String uploadForm(Model model) {
        model.addAttribute("agencies", directory.agencies().stream().map(a -> Options.option(a.id(), a.name())).toList());
        model.addAttribute("columns", List.of(IncidentCsv.REFERENCE, IncidentCsv.DATE, IncidentCsv.TIME, IncidentCsv.KIND, IncidentCsv.CIRCUMSTANCES,
                IncidentCsv.LOCATION, IncidentCsv.CHILDREN, IncidentCsv.PEER_GROUPS));
        model.addAttribute("kinds", Arrays.stream(IncidentKind.values()).map(IncidentKind::label).toList());
        return "briefing/upload";
    }

    @GetMapping("/incidents/{id}")
    String incident(@PathVariable long id, Principal principal, Model model) {
        BriefingService.IncidentLine line = briefings.incident(principal.getName(), id);
        model.addAttribute("line", line);
        model.addAttribute("rights", briefings.rightsOf(principal.getName()));
        model.addAttribute("decisions", Options.of(TriageDecision.values(), TriageDecision::label));
        model.addAttribute("localities", directory.localities().stream().map(l -> Options.option(l.id(), l.name())).toList());
        model.addAttribute("reviewable", subjects.linkableBy(principal.getName()).stream()
                .map(s -> Options.option(s.id(), s.name() + " (" + s.kind().label().toLowerCase() + ")")).toList());
        model.addAttribute("owners", Options.actionOwners(directory.people(), directory.agencies()));
        Incident incident = line.incident();
        // What the decision led to is linked only for a reader who may open it.
        model.addAttribute("strategyVisible", incident.getStrategyCaseId() != null
                && strategies.rightsOf(principal.getName(), incident.getStrategyCaseId()).view());
        model.addAttribute("actionVisible", incident.getActionId() != null && actions.isVisibleTo(principal.getName(), incident.getActionId()));
        model.addAttribute("subjectVisible", incident.getSubjectId() != null && subjects.isVisibleTo(principal.getName(), incident.getSubjectId()));
        if (incident.getDecidedBy() != null) {
            model.addAttribute("decidedBy", directory.personByUsername(incident.getDecidedBy()).map(Person::displayName).orElse(incident.getDecidedBy()));
        }
        if (incident.getLocalityId() != null) {
            model.addAttribute("localityName", directory.findLocality(incident.getLocalityId()).map(l -> l.name()).orElse(""));
        }
        Forms.offer(model, "triage", () -> new TriageForm(null, null, null, null, null, null, DateInput.EMPTY));
        return "briefing/incident";
    }

    @PostMapping("/incidents/{id}/triage")
    String triage(@PathVariable long id, @Valid @ModelAttribute("triage") TriageForm form, BindingResult errors, Principal principal, Model model,
                  RedirectAttributes redirect) {
        briefings.requireToTriage(principal.getName());
        return Forms.submit(errors, Map.of("localityId", "locality", "subjectId", "subject", "actionOwner", "actionOwner", "actionDueDate", "actionDueDate"),
                () -> briefings.triage(principal.getName(), id, form.toTriage()), redirect, "Decision recorded.", "/incidents/" + id,
                () -> incident(id, principal, model));
    }
}
