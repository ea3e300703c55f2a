package org.convene.locality;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.convene.directory.Person;
import org.convene.shared.Limits;
import org.convene.shared.PlainText;
import org.convene.shared.Plausible;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Locality meetings through the API: each series with its coming dates, setting one up, and moving or cancelling a date. */
@RestController
@Tag(name = "Locality meetings")
class LocalityApiController {

    private final LocalityService localities;

    LocalityApiController(LocalityService localities) {
        this.localities = localities;
    }

    @Schema(description = "A locality's series: its first date (whose weekday it keeps), time, length, place, chair and standing members.")
    record NewSeriesRequest(@NotNull @Positive Long localityId, @NotNull @Positive Long chairId,
                            @Schema(example = "2026-12-01") @NotNull @Plausible LocalDate firstDate,
                            @Schema(example = "10:00", type = "string") @NotNull LocalTime startsAt,
                            @Schema(example = "90") @NotNull @Min(15) @Max(480) Integer minutes,
                            @Schema(example = "North Locality Office, meeting room 1") @NotBlank @Size(max = Limits.PLACE) @PlainText String location,
                            @NotNull @Size(min = 1, max = Limits.INVITEES) Set<@NotNull @Positive Long> memberIds) {
    }

    record Move(@Schema(example = "2026-12-02T10:00:00Z") @NotNull @Plausible Instant startsAt,
                @Schema(example = "2026-12-02T11:30:00Z") @NotNull @Plausible Instant endsAt,
                @Schema(example = "Civic Centre, room 4") @Size(max = Limits.PLACE) @PlainText String location,
                @Schema(example = "The room is not free that day") @NotBlank @Size(max = Limits.REASON) @PlainText String reason) {
    }

    record Cancel(@Schema(example = "Bank holiday week: the next meeting takes its referrals") @NotBlank @Size(max = Limits.REASON) @PlainText String reason) {
    }

    record MemberView(long id, String name, String jobTitle, Long agencyId) {
        static MemberView of(Person p) {
            return new MemberView(p.id(), p.displayName(), p.jobTitle(), p.agencyId());
        }
    }

    record SeriesSummary(long id, long localityId, String locality, String weekday, LocalTime startsAt, int minutes, String location,
                         long chairId, List<MemberView> members, List<Occurrence> dates) {
        static SeriesSummary of(LocalityService.SeriesView view) {
            LocalitySeries s = view.series();
            return new SeriesSummary(s.getId(), s.getLocalityId(), view.locality().name(), s.getWeekday().name(), s.getStartsAtTime(),
                    s.getMinutes(), s.getLocation(), s.getChairId(), view.members().stream().map(MemberView::of).toList(), view.dates());
        }
    }

    @GetMapping("/api/localities")
    @Operation(summary = "The locality series you are part of, each with its next dates")
    List<SeriesSummary> list(Principal principal) {
        return localities.visibleSeries(principal.getName()).stream().map(SeriesSummary::of).toList();
    }

    @GetMapping("/api/localities/{id}")
    @Operation(summary = "A locality's series with its coming dates, each with its referral cut-off and agenda freeze")
    SeriesSummary get(@PathVariable long id, Principal principal) {
        return SeriesSummary.of(localities.read(principal.getName(), id));
    }

    @PostMapping("/api/localities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Set up a locality's series (admins): its chair and members get one recurring calendar entry")
    SeriesSummary create(@Valid @RequestBody NewSeriesRequest r, Principal principal) {
        LocalitySeries created = localities.create(principal.getName(), new NewSeries(r.localityId(), r.chairId(), r.firstDate(), r.startsAt(),
                r.minutes(), r.location(), r.memberIds()));
        return get(created.getId(), principal);
    }

    @PostMapping("/api/localities/{id}/dates/{date}/move")
    @Operation(summary = "Move one coming date (the chair): members' calendars get it as a change to that date of the series")
    Occurrence move(@PathVariable long id, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                    @Valid @RequestBody Move m, Principal principal) {
        return localities.move(principal.getName(), id, date, m.startsAt(), m.endsAt(), m.location(), m.reason());
    }

    @PostMapping("/api/localities/{id}/dates/{date}/cancel")
    @Operation(summary = "Cancel one coming date (the chair): members' calendars get it cancelled, and no other date")
    Occurrence cancel(@PathVariable long id, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                      @Valid @RequestBody Cancel c, Principal principal) {
        return localities.cancel(principal.getName(), id, date, c.reason());
    }
}
