package org.convene.missing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.calendar.CouncilTime;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.directory.Role;
import org.convene.meeting.MeetingKinds;
import org.convene.minutes.Visibility;
import org.convene.shared.Limits;
import org.convene.web.Choice;
import org.convene.web.DateInput;
import org.convene.web.Forms;
import org.convene.web.Options;
import org.convene.web.BarChart;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's board, logging an episode, and an episode's page with everything that can be done to it. */
@Controller
class MissingPages {

    private static final String TIME_MESSAGE = "Enter the time like 21:30, on the 24-hour clock.";

    private final MissingService missing;
    private final MissingReport report;
    private final MeetingKinds kinds;
    private final Directory directory;
    private final CouncilTime dates;
    private final Clock clock;

    MissingPages(MissingService missing, MissingReport report, MeetingKinds kinds, Directory directory, CouncilTime dates, Clock clock) {
        this.missing = missing;
        this.report = report;
        this.kinds = kinds;
        this.directory = directory;
        this.dates = dates;
        this.clock = clock;
    }

    /** A moment as a page asks for it: a date and a time, both left blank meaning now. */
    static Instant at(DateInput date, String time, ZoneId zone, Clock clock) {
        if ((date == null || date.isBlank()) && (time == null || time.isBlank())) {
            return clock.instant();
        }
        return Forms.instant(date, time, zone);
    }

    record ReportForm(
            @Pattern(regexp = Forms.ID, message = "Choose the child again.") String subject,
            @Size(max = Limits.NAME, message = "Give the child's name in {max} characters or fewer.") String childName,
            @DateInput.Real DateInput childDateOfBirth,
            @Size(max = Limits.REFERENCE, message = "Give the case reference in {max} characters or fewer.") String childReference,
            @NotBlank(message = "Say who reported the child missing.") @Choice(value = ReporterKind.class, message = "Choose who reported it from the list.") String reporterKind,
            @Size(max = Limits.NAME, message = "Give their name in {max} characters or fewer.") String reporterName,
            @Size(max = Limits.REFERENCE, message = "Give the police reference in {max} characters or fewer.") String policeReference,
            @NotBlank(message = "Say where the child went missing from.") @Choice(value = MissingFrom.class, message = "Choose where from the list.") String missingFrom,
            @Size(max = Limits.PLACE, message = "Keep this to {max} characters or fewer.") String missingFromDetail,
            @DateInput.Real(required = "Enter the date the child was last seen.") DateInput lastSeenDate,
            @NotBlank(message = "Enter the time the child was last seen, like 21:30.") @Pattern(regexp = Forms.TIME, message = TIME_MESSAGE) String lastSeenTime,
            @DateInput.Real DateInput reportedDate,
            @Pattern(regexp = "|" + Forms.TIME, message = TIME_MESSAGE) String reportedTime,
            Boolean lookedAfter,
            Boolean childProtectionPlan,
            @Pattern(regexp = Forms.ID, message = "Choose the plan's chair from the list.") String planChair,
            @Size(max = Limits.REASON * 2, message = "Keep this to {max} characters or fewer.") String exploitationConcerns,
            @NotBlank(message = "Choose the risk grade.") @Choice(value = RiskGrade.class, message = "Choose the risk grade from the list.") String riskGrade,
            @Size(max = Limits.REASON, message = "Give the reason in {max} characters or fewer.") String gradeReason,
            @Pattern(regexp = Forms.ID, message = "Choose the social worker from the list.") String socialWorker,
            @Pattern(regexp = Forms.ID, message = "Choose the coordinator from the list.") String coordinator) {

        ReportForm {
            childDateOfBirth = childDateOfBirth == null ? DateInput.EMPTY : childDateOfBirth;
            lastSeenDate = lastSeenDate == null ? DateInput.EMPTY : lastSeenDate;
            reportedDate = reportedDate == null ? DateInput.EMPTY : reportedDate;
        }

        static ReportForm empty(Long subject) {
            return new ReportForm(subject == null ? null : String.valueOf(subject), null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null);
        }

        NewEpisode toEpisode(ZoneId zone, Clock clock) {
            return new NewEpisode(Forms.id(subject), childName, childDateOfBirth.toDate(), childReference, ReporterKind.valueOf(reporterKind),
                    reporterName, policeReference, MissingFrom.valueOf(missingFrom), missingFromDetail, at(lastSeenDate, lastSeenTime, zone, clock),
                    at(reportedDate, reportedTime, zone, clock), Boolean.TRUE.equals(lookedAfter), Boolean.TRUE.equals(childProtectionPlan), Forms.id(planChair),
                    exploitationConcerns, RiskGrade.valueOf(riskGrade), gradeReason, Forms.id(socialWorker), Forms.id(coordinator));
        }
    }

    record GradingForm(@NotBlank(message = "Choose the risk grade.") @Choice(value = RiskGrade.class, message = "Choose the risk grade from the list.") String grade,
                       @NotBlank(message = "Say why the risk is graded again.") @Size(max = Limits.REASON, message = "Give the reason in {max} characters or fewer.") String reason) {
    }

    record UpdateForm(@NotBlank(message = "Say what kind of update this is.") @Choice(value = UpdateKind.class, message = "Choose the kind from the list.") String kind,
                      @NotBlank(message = "Write the update.") @Size(max = Limits.NOTE, message = "Keep the update to {max} characters or fewer.") String text,
                      @Choice(value = Visibility.class, message = "Choose who may read it from the list.") String visibility,
                      @Size(max = 20, message = "Choose at most {max} agencies.") List<@Pattern(regexp = "\\d{1,18}", message = "Choose agencies from the list.") String> restrictedTo) {
    }

    record ReturnForm(@DateInput.Real DateInput date, @Pattern(regexp = "|" + Forms.TIME, message = TIME_MESSAGE) String time,
                      @Size(max = Limits.PLACE, message = "Keep this to {max} characters or fewer.") String where,
                      @NotBlank(message = "Say how the child came back.") @Choice(value = ReturnHow.class, message = "Choose how from the list.") String how,
                      @Size(max = Limits.NAME, message = "Keep this to {max} characters or fewer.") String by) {
        ReturnForm {
            date = date == null ? DateInput.EMPTY : date;
        }
    }

    record ClosureForm(@NotBlank(message = "Say why the episode is closed.") @Choice(value = ClosedAs.class, message = "Choose the reason from the list.") String closedAs,
                       @Size(max = Limits.REASON, message = "Keep this to {max} characters or fewer.") String note) {
    }

    record CoordinatorForm(@NotBlank(message = "Choose the coordinator.") @Pattern(regexp = Forms.ID, message = "Choose the coordinator from the list.") String coordinator) {
    }

    record AssigneeForm(@NotBlank(message = "Choose who will offer the interview.") @Pattern(regexp = Forms.OWNER, message = "Choose from the list.") String assignee) {
    }

    record DeclineForm(Boolean carersOffered) {
    }

    record NotOfferedForm(@NotBlank(message = "Say why the interview is not offered.") @Size(max = Limits.REASON, message = "Give the reason in {max} characters or fewer.") String reason) {
    }

    record RecordForm(@Size(max = Limits.NOTE, message = "Keep this to {max} characters or fewer.") String pushPullFactors,
                      @Size(max = Limits.NOTE, message = "Keep this to {max} characters or fewer.") String whereAndWithWhom,
                      @Size(max = Limits.NOTE, message = "Keep this to {max} characters or fewer.") String travelAndReturn,
                      @Size(max = Limits.NOTE, message = "Keep this to {max} characters or fewer.") String supportWanted,
                      @Size(max = Limits.NOTE, message = "Keep this to {max} characters or fewer.") String referralsMade,
                      @Size(max = Limits.NOTE, message = "Keep this to {max} characters or fewer.") String sharedWith,
                      @Size(max = Limits.NOTE, message = "Keep this to {max} characters or fewer.") String exploitationIndicators,
                      @Size(max = Limits.NOTE, message = "Keep this to {max} characters or fewer.") String childWords,
                      @Size(max = Limits.NOTE, message = "Keep this to {max} characters or fewer.") String harmSuffered,
                      @Size(max = 20, message = "Choose at most {max} agencies.") List<@Pattern(regexp = "\\d{1,18}", message = "Choose agencies from the list.") String> restrictedTo) {

        static RecordForm of(ReturnInterview i) {
            return new RecordForm(i.getPushPullFactors(), i.getWhereAndWithWhom(), i.getTravelAndReturn(), i.getSupportWanted(), i.getReferralsMade(),
                    i.getSharedWith(), i.getExploitationIndicators(), i.getChildWords(), i.getHarmSuffered(),
                    i.restrictedToAgencies().stream().map(String::valueOf).toList());
        }

        InterviewRecord toRecord() {
            return new InterviewRecord(pushPullFactors, whereAndWithWhom, travelAndReturn, supportWanted, referralsMade, sharedWith,
                    exploitationIndicators, childWords, harmSuffered, ids(restrictedTo));
        }
    }

    private static Set<Long> ids(List<String> values) {
        return values == null ? Set.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(Long::valueOf).collect(Collectors.toSet());
    }

    @GetMapping("/missing")
    String board(Principal principal, Model model) {
        MissingService.Board board = missing.board(principal.getName());
        model.addAttribute("board", board);
        model.addAttribute("missingNow", board.missing().stream().map(line -> Map.of("episode", line.episode(), "child", line.child().name(),
                "nextStep", line.nextRung().map(due -> nextStep(due)).orElse(""),
                "missingFor", describe(Duration.between(line.episode().getReportedAt(), clock.instant())))).toList());
        Map<String, String> timeLeft = new LinkedHashMap<>();
        board.awaitingInterview().forEach(line -> line.interview().ifPresent(interview -> {
            Duration left = Duration.between(clock.instant(), interview.getDueBy());
            timeLeft.put(String.valueOf(line.episode().getId()), left.isNegative() ? describe(left.negated()) + " late" : describe(left) + " left");
        }));
        model.addAttribute("timeLeft", timeLeft);
        return "missing/board";
    }

    static final Map<String, String> RUNG_LABELS = Map.of("SENIOR_MANAGER", "the senior manager is told", "DESIGNATED_MANAGER",
            "the designated manager is told", "CONFERENCE", "the conference service is alerted", "MEETING", "a coordination meeting is asked for");

    private String nextStep(MissingSchedule.Due<MissingSchedule.Rung> due) {
        return "Next, " + RUNG_LABELS.get(due.rung().name()) + ": " + dates.dateTime(due.at());
    }

    @GetMapping("/missing/report")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'COORDINATOR')")
    String report(Principal principal, Model model) {
        MissingReport.Figures figures = report.figures(principal.getName());
        model.addAttribute("figures", figures);
        model.addAttribute("chart", BarChart.of(figures.byMonth().stream()
                .map(line -> new BarChart.Count(line.label(), line.completedPercent() == null ? 0 : line.completedPercent())).toList()));
        return "missing/report";
    }

    @GetMapping(value = "/missing/report.csv", produces = "text/csv")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'COORDINATOR')")
    @ResponseBody
    ResponseEntity<String> reportCsv(Principal principal) {
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"return-home-interviews.csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(report.csv(report.figures(principal.getName())));
    }

    @GetMapping("/missing/new")
    String newEpisode(@RequestParam(required = false) Long subject, Principal principal, Model model) {
        model.addAttribute("report", ReportForm.empty(subject));
        return reportForm(principal, model);
    }

    @PostMapping("/missing")
    String report(@Valid @ModelAttribute("report") ReportForm form, BindingResult errors, Principal principal, Model model, RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("reportedDate") && !errors.hasFieldErrors("reportedTime")
                && form.reportedDate().isBlank() != (form.reportedTime() == null || form.reportedTime().isBlank())) {
            errors.rejectValue(form.reportedDate().isBlank() ? "reportedDate" : "reportedTime", "partial",
                    "Give both the date and the time it was reported, or leave both empty for now.");
        }
        return Forms.submit(errors, Map.of("subjectId", "childName", "reportedAt", "reportedDate", "lastSeenAt", "lastSeenDate",
                        "planChairId", "planChair", "socialWorkerId", "socialWorker", "coordinatorId", "coordinator"), redirect,
                "Missing episode recorded. The managers will be told as it goes on.",
                () -> "/missing/" + missing.report(principal.getName(), form.toEpisode(dates.zone(), clock)).getId(), () -> reportForm(principal, model));
    }

    private String reportForm(Principal principal, Model model) {
        ReportForm form = (ReportForm) model.getAttribute("report");
        if (form != null && Forms.id(form.subject()) != null) {
            model.addAttribute("knownChild", missing.childFor(principal.getName(), Forms.id(form.subject())));
        }
        addChoices(model);
        return "missing/new";
    }

    private void addChoices(Model model) {
        model.addAttribute("reporterKinds", Options.of(ReporterKind.values(), ReporterKind::label));
        model.addAttribute("missingFromOptions", Options.of(MissingFrom.values(), MissingFrom::label));
        model.addAttribute("grades", Options.of(RiskGrade.values(), RiskGrade::label));
        List<Person> active = directory.people().stream().filter(Person::active).toList();
        model.addAttribute("people", active.stream().map(Options::person).toList());
        model.addAttribute("chairs", active.stream().filter(p -> p.hasRole(Role.CHAIR)).map(Options::person).toList());
        model.addAttribute("coordinators", active.stream().filter(p -> p.hasRole(Role.COORDINATOR) || p.hasRole(Role.CHAIR)).map(Options::person).toList());
    }

    @GetMapping("/missing/{id}")
    String show(@PathVariable long id, Principal principal, Model model) {
        MissingService.EpisodeView view = missing.read(principal.getName(), id);
        MissingEpisode episode = view.episode();
        model.addAttribute("view", view);
        model.addAttribute("kindLabels", kinds.labels());
        view.nextRung().ifPresent(due -> model.addAttribute("nextStep", nextStep(due)));
        model.addAttribute("missingFor", describe(Duration.between(episode.getReportedAt(),
                episode.getReturnedAt() != null ? episode.getReturnedAt() : episode.getClosedAt() != null ? episode.getClosedAt() : clock.instant())));
        model.addAttribute("names", names(view));
        model.addAttribute("agencyNames", directory.agencies().stream().collect(Collectors.toMap(a -> String.valueOf(a.id()), a -> a.name())));
        model.addAttribute("agencies", directory.agencies().stream().map(a -> Options.option(a.id(), a.name())).toList());
        model.addAttribute("updateKinds", Options.of(UpdateKind.values(), UpdateKind::label));
        model.addAttribute("visibilities", Options.of(Visibility.values(), Visibility::label));
        model.addAttribute("returnHows", Options.of(ReturnHow.values(), ReturnHow::label));
        model.addAttribute("closures", Options.of(ClosedAs.values(), ClosedAs::label));
        model.addAttribute("assignees", assigneeOptions());
        addChoices(model);
        model.addAttribute("can", offered(view));
        Forms.offer(model, "grading", () -> new GradingForm(episode.getRiskGrade().name(), null));
        Forms.offer(model, "update", () -> new UpdateForm(null, null, Visibility.PROFESSIONALS.name(), List.of()));
        Forms.offer(model, "returned", () -> new ReturnForm(DateInput.EMPTY, null, null, null, null));
        Forms.offer(model, "closure", () -> new ClosureForm(null, null));
        Forms.offer(model, "coordinatorForm", () -> new CoordinatorForm(episode.getCoordinatorId() == null ? null : String.valueOf(episode.getCoordinatorId())));
        Forms.offer(model, "assignee", () -> new AssigneeForm(view.interview().map(i -> i.getAssigneePersonId() != null ? "person:" + i.getAssigneePersonId()
                : i.getAssigneeAgencyId() != null ? "agency:" + i.getAssigneeAgencyId() : null).orElse(null)));
        Forms.offer(model, "decline", () -> new DeclineForm(null));
        Forms.offer(model, "notOffered", () -> new NotOfferedForm(null));
        Forms.offer(model, "record", () -> view.interview().filter(i -> view.interviewRestrictedVisible()).map(RecordForm::of)
                .orElseGet(() -> new RecordForm(null, null, null, null, null, null, null, null, null, List.of())));
        return "missing/show";
    }

    /** What the page offers this reader, from their rights and the episode's and the interview's tables. */
    private static Map<String, Boolean> offered(MissingService.EpisodeView view) {
        MissingEpisode e = view.episode();
        java.util.function.Predicate<InterviewCommand> interviewAllows = command -> view.interview().filter(i -> i.allows(command)).isPresent();
        Map<String, Boolean> can = new LinkedHashMap<>();
        can.put("regrade", view.rights().act() && e.allows(EpisodeCommand.REGRADE));
        can.put("update", view.rights().act() && e.allows(EpisodeCommand.ADD_UPDATE));
        can.put("recordReturn", view.rights().act() && e.allows(EpisodeCommand.RECORD_RETURN));
        can.put("close", view.rights().act() && e.allows(EpisodeCommand.CLOSE));
        can.put("assignCoordinator", view.rights().coordinate() && e.allows(EpisodeCommand.ASSIGN_COORDINATOR));
        can.put("assignInterview", view.rights().coordinate() && interviewAllows.test(InterviewCommand.ASSIGN));
        can.put("offer", view.rights().interview() && interviewAllows.test(InterviewCommand.OFFER));
        can.put("accept", view.rights().interview() && interviewAllows.test(InterviewCommand.ACCEPT));
        can.put("decline", view.rights().interview() && interviewAllows.test(InterviewCommand.DECLINE));
        can.put("notOffer", view.rights().coordinate() && interviewAllows.test(InterviewCommand.NOT_OFFER));
        can.put("record", view.rights().interview() && interviewAllows.test(InterviewCommand.RECORD));
        can.put("strategyDiscussion", view.rights().act() && e.getStrategyCaseId() == null && (e.needsStrategyDiscussion() || !view.flags().isEmpty()));
        return can;
    }

    private Map<String, String> names(MissingService.EpisodeView view) {
        Map<String, String> names = new LinkedHashMap<>();
        MissingEpisode e = view.episode();
        names.put("socialWorker", name(e.getSocialWorkerId()));
        names.put("coordinator", name(e.getCoordinatorId()));
        names.put("planChair", name(e.getPlanChairId()));
        view.interview().ifPresent(i -> names.put("assignee", i.getAssigneePersonId() != null ? name(i.getAssigneePersonId())
                : i.getAssigneeAgencyId() != null ? directory.agency(i.getAssigneeAgencyId()).name() : "Not yet assigned"));
        return names;
    }

    private String name(Long personId) {
        return personId == null ? "Not named" : directory.findPerson(personId).map(Person::displayName).orElse("Not named");
    }

    private List<Map<String, String>> assigneeOptions() {
        List<Map<String, String>> options = new java.util.ArrayList<>();
        directory.agencies().forEach(a -> options.add(Options.option("agency:" + a.id(), a.name() + " (its duty inbox)")));
        directory.people().stream().filter(Person::active).forEach(p -> options.add(Options.person("person:" + p.id(), p)));
        return options;
    }

    static String describe(Duration duration) {
        long hours = duration.toHours();
        if (hours < 1) {
            return "less than an hour";
        }
        return hours < 48 ? hours + " hour" + (hours == 1 ? "" : "s") : duration.toDays() + " days " + (hours % 24) + " hours";
    }

    @PostMapping("/missing/{id}/gradings")
    String regrade(@PathVariable long id, @Valid @ModelAttribute("grading") GradingForm form, BindingResult errors, Principal principal, Model model,
                   RedirectAttributes redirect) {
        return Forms.submit(errors, () -> missing.regrade(principal.getName(), id, RiskGrade.valueOf(form.grade()), form.reason()), redirect,
                "Risk graded again.", "/missing/" + id, () -> show(id, principal, model));
    }

    @PostMapping("/missing/{id}/updates")
    String update(@PathVariable long id, @Valid @ModelAttribute("update") UpdateForm form, BindingResult errors, Principal principal, Model model,
                  RedirectAttributes redirect) {
        return Forms.submit(errors, () -> missing.addUpdate(principal.getName(), id, UpdateKind.valueOf(form.kind()), form.text(),
                        form.visibility() == null || form.visibility().isBlank() ? null : Visibility.valueOf(form.visibility()), ids(form.restrictedTo())),
                redirect, "Update added.", "/missing/" + id, () -> show(id, principal, model));
    }

    @PostMapping("/missing/{id}/return")
    String recordReturn(@PathVariable long id, @Valid @ModelAttribute("returned") ReturnForm form, BindingResult errors, Principal principal,
                        Model model, RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("date") && !errors.hasFieldErrors("time") && form.date().isBlank() != (form.time() == null || form.time().isBlank())) {
            errors.rejectValue(form.date().isBlank() ? "date" : "time", "partial", "Give both the date and the time, or leave both empty for now.");
        }
        return Forms.submit(errors, Map.of("returnedAt", "date"), () -> missing.recordReturn(principal.getName(), id,
                        errors.hasErrors() ? null : at(form.date(), form.time(), dates.zone(), clock), form.where(), ReturnHow.valueOf(form.how()), form.by()),
                redirect, "Return recorded. The return home interview is now due.", "/missing/" + id, () -> show(id, principal, model));
    }

    @PostMapping("/missing/{id}/closure")
    String close(@PathVariable long id, @Valid @ModelAttribute("closure") ClosureForm form, BindingResult errors, Principal principal, Model model,
                 RedirectAttributes redirect) {
        return Forms.submit(errors, () -> missing.close(principal.getName(), id, ClosedAs.valueOf(form.closedAs()), form.note()), redirect,
                "Episode closed. It does not count as a missing episode.", "/missing/" + id, () -> show(id, principal, model));
    }

    @PostMapping("/missing/{id}/coordinator")
    String assignCoordinator(@PathVariable long id, @Valid @ModelAttribute("coordinatorForm") CoordinatorForm form, BindingResult errors,
                             Principal principal, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, Map.of("coordinatorId", "coordinator"), () -> missing.assignCoordinator(principal.getName(), id,
                Forms.id(form.coordinator())), redirect, "Coordinator saved.", "/missing/" + id, () -> show(id, principal, model));
    }

    @PostMapping("/missing/{id}/interview/assignee")
    String assignInterview(@PathVariable long id, @Valid @ModelAttribute("assignee") AssigneeForm form, BindingResult errors, Principal principal,
                           Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            Forms.Owner owner = Forms.owner(form.assignee());
            missing.assignInterview(principal.getName(), id, owner.personId(), owner.agencyId());
        }, redirect, "Interview assigned.", "/missing/" + id, () -> show(id, principal, model));
    }

    @PostMapping("/missing/{id}/interview/offer")
    String offer(@PathVariable long id, Principal principal, Model model, RedirectAttributes redirect) {
        return Forms.press(() -> missing.offerInterview(principal.getName(), id), redirect, "Recorded as offered.", "/missing/" + id, model,
                () -> show(id, principal, model));
    }

    @PostMapping("/missing/{id}/interview/accept")
    String accept(@PathVariable long id, Principal principal, Model model, RedirectAttributes redirect) {
        return Forms.press(() -> missing.acceptInterview(principal.getName(), id), redirect, "Recorded as accepted.", "/missing/" + id, model,
                () -> show(id, principal, model));
    }

    @PostMapping("/missing/{id}/interview/decline")
    String decline(@PathVariable long id, @Valid @ModelAttribute("decline") DeclineForm form, BindingResult errors, Principal principal, Model model,
                   RedirectAttributes redirect) {
        return Forms.submit(errors, () -> missing.declineInterview(principal.getName(), id, Boolean.TRUE.equals(form.carersOffered())), redirect,
                "Recorded as declined by the child.", "/missing/" + id, () -> show(id, principal, model));
    }

    @PostMapping("/missing/{id}/interview/not-offered")
    String notOffered(@PathVariable long id, @Valid @ModelAttribute("notOffered") NotOfferedForm form, BindingResult errors, Principal principal,
                      Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> missing.interviewNotOffered(principal.getName(), id, form.reason()), redirect,
                "Recorded as not offered, with the reason.", "/missing/" + id, () -> show(id, principal, model));
    }

    @PostMapping("/missing/{id}/interview/record")
    String record(@PathVariable long id, @RequestParam(required = false) String complete, @Valid @ModelAttribute("record") RecordForm form,
                  BindingResult errors, Principal principal, Model model, RedirectAttributes redirect) {
        boolean completing = "true".equals(complete);
        return Forms.submit(errors, () -> {
            if (completing) {
                missing.completeInterview(principal.getName(), id, form.toRecord());
            } else {
                missing.saveInterviewRecord(principal.getName(), id, form.toRecord());
            }
        }, redirect, completing ? "Interview completed." : "Interview record saved.", "/missing/" + id, () -> show(id, principal, model));
    }

    @PostMapping("/missing/{id}/strategy-discussion")
    String strategyDiscussion(@PathVariable long id, Principal principal, Model model, RedirectAttributes redirect) {
        return Forms.press(() -> redirect.addFlashAttribute("strategyCaseId", missing.raiseStrategyDiscussion(principal.getName(), id)), redirect,
                "A concern is raised for a strategy discussion, naming the child's recent episodes.", "/missing/" + id, model,
                () -> show(id, principal, model));
    }
}
