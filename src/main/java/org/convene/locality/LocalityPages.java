package org.convene.locality;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.convene.calendar.CouncilTime;
import org.convene.shared.Limits;
import org.convene.shared.NotFoundException;
import org.convene.web.DateInput;
import org.convene.web.Forms;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The week's locality meetings, a locality's series with its coming dates, and moving or cancelling one date. */
@Controller
class LocalityPages {

    private final LocalityService localities;
    private final CouncilTime dates;

    LocalityPages(LocalityService localities, CouncilTime dates) {
        this.localities = localities;
        this.dates = dates;
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

    record CancelForm(@NotBlank(message = "Say why it is cancelled, for the members.")
                      @Size(max = Limits.REASON, message = "Keep the reason to {max} characters or fewer.") String reason) {
    }

    @GetMapping("/localities")
    String list(Principal principal, Model model) {
        model.addAttribute("views", localities.visibleSeries(principal.getName()));
        return "locality/list";
    }

    @GetMapping("/localities/{id}")
    String show(@PathVariable long id, Principal principal, Model model) {
        model.addAttribute("view", localities.read(principal.getName(), id));
        return "locality/show";
    }

    @GetMapping("/localities/{id}/dates/{date}")
    String date(@PathVariable long id, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Principal principal, Model model) {
        LocalityService.SeriesView view = localities.read(principal.getName(), id);
        Occurrence occurrence = view.dates().stream().filter(o -> o.originalDate().equals(date)).findFirst()
                .orElseThrow(() -> new NotFoundException("The series has no coming meeting on " + date));
        model.addAttribute("view", view);
        model.addAttribute("occurrence", occurrence);
        ZoneId zone = dates.zone();
        Forms.offer(model, "move", () -> new MoveForm(DateInput.of(occurrence.startsAt().atZone(zone).toLocalDate()),
                dates.time(occurrence.startsAt()), dates.time(occurrence.endsAt()), null, null));
        Forms.offer(model, "cancellation", () -> new CancelForm(null));
        return "locality/date";
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
