package org.convene.briefing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.StringReader;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convene.shared.ApiPage;
import org.convene.shared.Limits;
import org.convene.shared.PlainText;
import org.convene.shared.Plausible;
import org.convene.subject.Subject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The incident log and the daily briefings through the API: police and partner systems push incidents one at a time
 * or as their CSV export; the briefing's members read the day's agenda and record decisions. Every call is decided by
 * {@code AccessPolicy}.
 */
@RestController
@Tag(name = "Daily incident briefings")
class BriefingApiController {

    private final BriefingService briefings;

    BriefingApiController(BriefingService briefings) {
        this.briefings = briefings;
    }

    record Child(@Schema(example = "Jordan Example") @NotBlank @Size(max = Limits.NAME) @PlainText String name,
                 @Schema(example = "2011-05-04") @Plausible LocalDate dateOfBirth) {
    }

    @Schema(description = "An incident for the log. The reporting agency is the caller's own unless given.")
    record NewIncidentRequest(@Schema(example = "AS-20261127-0042") @NotBlank @Size(max = Limits.REFERENCE) @PlainText String policeReference,
                              @Schema(example = "2026-11-27T21:40:00Z") @NotNull @Plausible Instant occurredAt,
                              @Schema(example = "WEAPONS") @NotNull IncidentKind kind,
                              @Schema(example = "Knife seen during a fight between two groups") @NotBlank @Size(max = Limits.CONCERN) @PlainText String circumstances,
                              @Schema(example = "Castle Park bus station") @Size(max = Limits.PLACE) @PlainText String location,
                              @Positive Long reportingAgencyId,
                              @Valid @Size(max = Limits.CHILDREN) List<@NotNull Child> children,
                              @Schema(example = "[\"Castle Park group\"]") @Size(max = Limits.CHILDREN) List<@NotBlank @Size(max = Limits.NAME) @PlainText String> peerGroups) {

        NewIncident toIncident() {
            return new NewIncident(policeReference, occurredAt, kind, circumstances, location, reportingAgencyId,
                    children == null ? List.of() : children.stream().map(c -> new NewIncident.NamedChild(c.name(), c.dateOfBirth())).toList(),
                    peerGroups);
        }
    }

    @Schema(description = "The briefing's decision. NO_FURTHER_ACTION needs a note (why); LOCALITY_MEETING a localityId; SUBJECT_UNDER_REVIEW a "
            + "subjectId; ACTION a title, one owner (person or agency) and a due date. STRATEGY_DISCUSSION raises one about the incident's children.")
    record TriageRequest(@Schema(example = "NO_FURTHER_ACTION") @NotNull TriageDecision decision,
                         @Schema(example = "Already known; safety plan in place") @Size(max = Limits.REASON) @PlainText String note,
                         @Positive Long localityId, @Positive Long subjectId,
                         @Size(max = Limits.TITLE) @PlainText String actionTitle, @Positive Long actionOwnerPersonId, @Positive Long actionOwnerAgencyId,
                         @Plausible LocalDate actionDueDate) {

        Triage toTriage() {
            return new Triage(decision, note, localityId, subjectId, actionTitle, actionOwnerPersonId, actionOwnerAgencyId, actionDueDate);
        }
    }

    record Attendance(@NotNull @Size(max = Limits.INVITEES) Set<@NotNull @Positive Long> personIds) {
    }

    record SubjectView(long id, String kind, String name) {
        static SubjectView of(Subject s) {
            return new SubjectView(s.id(), s.kind().name(), s.name());
        }
    }

    record IncidentView(long id, String policeReference, Instant occurredAt, IncidentKind kind, String circumstances, String location,
                        long reportingAgencyId, String reportingAgency, IncidentSource source, Instant loggedAt, Instant triageDueBy,
                        TriageDecision decision, String decisionNote, String decidedBy, Instant decidedAt, Long strategyCaseId, Long actionId,
                        Long localityId, Long subjectId, Instant flaggedAt, List<SubjectView> involved) {
        static IncidentView of(BriefingService.IncidentLine line) {
            Incident i = line.incident();
            return new IncidentView(i.getId(), i.getPoliceReference(), i.getOccurredAt(), i.getKind(), i.getCircumstances(), i.getLocation(),
                    i.getReportingAgencyId(), line.agencyName(), i.getSource(), i.getLoggedAt(), i.getTriageDueBy(), i.getDecision(),
                    i.getDecisionNote(), i.getDecidedBy(), i.getDecidedAt(), i.getStrategyCaseId(), i.getActionId(), i.getLocalityId(),
                    i.getSubjectId(), i.getFlaggedAt(), line.involved().stream().map(SubjectView::of).toList());
        }
    }

    record IncidentSummary(long id, String policeReference, Instant occurredAt, IncidentKind kind, Instant loggedAt, TriageDecision decision,
                           Instant triageDueBy) {
        static IncidentSummary of(Incident i) {
            return new IncidentSummary(i.getId(), i.getPoliceReference(), i.getOccurredAt(), i.getKind(), i.getLoggedAt(), i.getDecision(),
                    i.getTriageDueBy());
        }
    }

    @Schema(description = "agenda: logged from coversFrom to startsAt; waiting: from earlier briefings, still to triage; loggedSince: on "
            + "today's briefing once it has begun, what has been logged since, for the next one")
    record BriefingApiView(long id, LocalDate date, Instant startsAt, Instant coversFrom, BriefingStatus status, Set<Long> attendees,
                           List<IncidentView> agenda, List<IncidentView> waiting, List<IncidentView> loggedSince) {
        static BriefingApiView of(BriefingService.BriefingView view) {
            DailyBriefing b = view.briefing();
            return new BriefingApiView(b.getId(), b.getBriefingDate(), b.getStartsAt(), b.getCoversFrom(), b.getStatus(), b.attendeeIds(),
                    view.agenda().stream().map(IncidentView::of).toList(), view.waiting().stream().map(IncidentView::of).toList(),
                    view.since().stream().map(IncidentView::of).toList());
        }
    }

    record Imported(int incidents) {
    }

    @PostMapping("/api/incidents")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Log an incident: it goes on the agenda of the next daily briefing",
            description = "The same police reference twice is refused with 409: it is already in the log.")
    IncidentView log(@Valid @RequestBody NewIncidentRequest request, Principal principal) {
        Incident incident = briefings.log(principal.getName(), request.toIncident(), IncidentSource.API);
        return get(incident.getId(), principal);
    }

    @PostMapping(value = "/api/incidents/csv", consumes = {"text/csv", "text/plain"})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Load a police export (CSV, the layout in the README), all or nothing",
            description = "Any bad row, or a reference already in the log, loads nothing: 422 lists every problem by row and column.")
    Imported importCsv(@RequestBody @Size(max = 50_000_000) String csv, @RequestParam(required = false) @Positive Long reportingAgencyId,
                       Principal principal) {
        return new Imported(briefings.importCsv(principal.getName(), new StringReader(csv), reportingAgencyId));
    }

    @ExceptionHandler(CsvRejectedException.class)
    ProblemDetail rejected(CsvRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setTitle("Cannot be accepted");
        problem.setProperty("errors", e.errors().stream()
                .map(error -> Map.of("row", error.row(), "field", error.column(), "message", error.message())).toList());
        return problem;
    }

    @GetMapping("/api/incidents")
    @Operation(summary = "The incident log, newest first, a page at a time (size up to 100)")
    ApiPage<IncidentSummary> list(@Valid @ModelAttribute ApiPage.Request paging, Principal principal) {
        return paging.of((page, size) -> briefings.log(principal.getName(), page, size).stream().map(IncidentSummary::of).toList());
    }

    @GetMapping("/api/incidents/{id}")
    @Operation(summary = "An incident, with the children and peer groups involved and its triage")
    IncidentView get(@PathVariable long id, Principal principal) {
        return IncidentView.of(briefings.incident(principal.getName(), id));
    }

    @PostMapping("/api/incidents/{id}/triage")
    @Operation(summary = "Record the briefing's decision on an incident (once)")
    IncidentView triage(@PathVariable long id, @Valid @RequestBody TriageRequest request, Principal principal) {
        briefings.triage(principal.getName(), id, request.toTriage());
        return get(id, principal);
    }

    @GetMapping("/api/briefings/today")
    @Operation(summary = "Today's briefing (on a day off, the next working day's): its agenda, and incidents from earlier still to triage")
    BriefingApiView today(Principal principal) {
        return BriefingApiView.of(briefings.today(principal.getName()));
    }

    @GetMapping("/api/briefings/{date}")
    @Operation(summary = "A working day's briefing, by its date (2026-11-27)")
    BriefingApiView onDate(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Principal principal) {
        return BriefingApiView.of(briefings.briefingOn(principal.getName(), date));
    }

    @PutMapping("/api/briefings/{id}/attendance")
    @Operation(summary = "Record who attended a briefing that has started")
    BriefingApiView attendance(@PathVariable long id, @Valid @RequestBody Attendance attendance, Principal principal) {
        DailyBriefing briefing = briefings.recordAttendance(principal.getName(), id, attendance.personIds());
        return onDate(briefing.getBriefingDate(), principal);
    }
}
