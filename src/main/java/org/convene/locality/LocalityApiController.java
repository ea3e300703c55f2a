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
import java.util.Map;
import java.util.Set;
import org.convene.directory.Person;
import org.convene.shared.Limits;
import org.convene.shared.PlainText;
import org.convene.shared.Plausible;
import org.convene.subject.SubjectKind;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
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

    @Schema(description = "An action about a subject on the date's agenda: one owner, a person or an agency.")
    record SubjectActionRequest(@NotNull @Positive Long subjectId,
                                @Schema(example = "Visit the family with the youth worker") @NotBlank @Size(max = Limits.TITLE) @PlainText String title,
                                @Positive Long ownerPersonId, @Positive Long ownerAgencyId,
                                @Schema(example = "2026-12-10") @NotNull @Plausible LocalDate dueDate) {
    }

    record ActionCreated(long actionId) {
    }

    record EndOfReview(@NotNull @Positive Long subjectId,
                       @Schema(example = "Safety plan working; the school will refer again if needed") @NotBlank @Size(max = Limits.REASON) @PlainText String reason) {
    }

    record ReviewRowView(long subjectId, String name, SubjectKind kind, LocalDate referredFor, LocalDate lastReviewed, LocalDate nextReview) {
    }

    record LocalityReviewsView(long seriesId, String locality, Occurrence next, List<ReviewRowView> underReview) {
        static LocalityReviewsView of(LocalityService.LocalityReviews reviews) {
            return new LocalityReviewsView(reviews.series().series().getId(), reviews.series().locality().name(), reviews.next(),
                    reviews.rows().stream().map(row -> new ReviewRowView(row.subject().id(), row.subject().name(), row.subject().kind(),
                            row.referredFor(), row.lastReviewed(), row.nextReview())).toList());
        }
    }

    record Cancel(@Schema(example = "Bank holiday week: the next meeting takes its referrals") @NotBlank @Size(max = Limits.REASON) @PlainText String reason) {
    }

    @Schema(description = "A referral to a date of the series (the next to come when none is given): a subject already known (subjectId), or one "
            + "named here (kind, name, a child's date of birth). After the date's cut-off, urgentReason is needed.")
    record Referral(@Schema(example = "2026-12-01") @Plausible LocalDate meetingDate, @Positive Long subjectId,
                    @Schema(example = "PEER_GROUP") SubjectKind kind,
                    @Schema(example = "Castle Park group") @Size(max = Limits.NAME) @PlainText String name,
                    @Plausible LocalDate dateOfBirth,
                    @Schema(example = "Seen together at the park late at night") @NotBlank @Size(max = Limits.CONCERN) @PlainText String reason,
                    @Size(max = Limits.REASON) @PlainText String urgentReason) {
    }

    record ReferralView(long id, LocalDate meetingDate, long subjectId, String subjectName, SubjectKind kind, String reason, boolean urgent,
                        String urgentReason, String referredBy, Instant referredAt) {
        static ReferralView of(LocalityService.ReferralLine line) {
            LocalityReferral r = line.referral();
            return new ReferralView(r.id(), r.meetingDate(), r.subjectId(), line.subject().name(), line.subject().kind(), r.reason(), r.urgent(),
                    r.urgentReason(), r.referredBy(), r.referredAt());
        }
    }

    record ReviewView(long subjectId, String name, SubjectKind kind, LocalDate firstReferredFor) {
    }

    record IncidentView(long id, String policeReference, String kind, Instant occurredAt, String location, String circumstances,
                        List<String> involved, String decision) {
    }

    @Schema(description = "actions: by subject id, those set at this date and those carried forward from earlier ones while open; "
            + "assessments: by subject id, each peer group's or location's open assessment; meetingId: the meeting that holds the date, "
            + "once its agenda is fixed")
    record AgendaView(Occurrence occurrence, Instant since, Instant sentAt, Long meetingId, List<LocalityService.TimedLine> timedItems,
                      List<ReferralView> referrals, List<ReviewView> underReview,
                      List<IncidentView> incidents, List<LocalityService.EpisodeLine> episodes, List<RepeatMissingView> repeatMissing,
                      Map<String, List<LocalityService.ActionLine>> actions, Map<String, String> reviewEnded,
                      Map<String, LocalityService.AssessmentLine> assessments) {
        static AgendaView of(LocalityService.MeetingAgenda agenda) {
            return new AgendaView(agenda.occurrence(), agenda.since(), agenda.sentAt(), agenda.meetingId(), agenda.timedItems(),
                    agenda.referrals().stream().map(ReferralView::of).toList(),
                    agenda.underReview().stream().map(line -> new ReviewView(line.subject().id(), line.subject().name(), line.subject().kind(),
                            line.firstReferredFor())).toList(),
                    agenda.incidents().stream().map(line -> new IncidentView(line.incident().getId(), line.incident().getPoliceReference(),
                            line.incident().getKind().name(), line.incident().getOccurredAt(), line.incident().getLocation(),
                            line.incident().getCircumstances(), line.involved().stream().map(s -> s.name()).toList(),
                            line.incident().getDecision() == null ? null : line.incident().getDecision().name())).toList(),
                    agenda.episodes(), agenda.repeatMissing().stream().map(line -> new RepeatMissingView(line.subject().id(), line.subject().name(),
                            line.episodes(), line.raisedAt())).toList(), agenda.actions(), agenda.reviewEnded(), agenda.assessments());
        }
    }

    @Schema(description = "A time-boxed item: it runs for its minutes after the items before it, from the meeting's start.")
    record TimedItemRequest(@Schema(example = "Police update on the Castle Park dispersal order") @NotBlank @Size(max = Limits.TITLE) @PlainText String title,
                            @Schema(example = "15") @NotNull @Min(5) @Max(120) Integer minutes) {
    }

    record RepeatMissingView(long subjectId, String name, int episodes, Instant raisedAt) {
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

    @GetMapping("/api/localities/reviews")
    @Operation(summary = "The subjects under review in each locality you are part of, with when each was last reviewed and its next review")
    List<LocalityReviewsView> reviews(Principal principal) {
        return localities.reviews(principal.getName()).stream().map(LocalityReviewsView::of).toList();
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

    @GetMapping("/api/localities/{id}/dates/{date}/agenda")
    @Operation(summary = "A date's agenda as it assembles itself: new referrals, subjects under review, and since the last meeting the incidents "
            + "and missing episodes that concern them")
    AgendaView agenda(@PathVariable long id, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Principal principal) {
        return AgendaView.of(localities.agenda(principal.getName(), id, date));
    }

    @PostMapping("/api/localities/{id}/referrals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Refer a child, a peer group or a location to a date of the series (the chair and members)",
            description = "On time until the date's cut-off; after it only with urgentReason; once the meeting has begun, 409.")
    ReferralView refer(@PathVariable long id, @Valid @RequestBody Referral r, Principal principal) {
        LocalityReferral referral = localities.refer(principal.getName(), id, new NewReferral(r.meetingDate(), r.subjectId(), r.kind(), r.name(),
                r.dateOfBirth(), r.reason(), r.urgentReason()));
        return agenda(id, referral.meetingDate(), principal).referrals().stream().filter(view -> view.id() == referral.id()).findFirst().orElseThrow();
    }

    @PostMapping("/api/localities/{id}/dates/{date}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Set an action at a date about a subject on its agenda (the chair): carried forward on later agendas while open")
    ActionCreated setAction(@PathVariable long id, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                            @Valid @RequestBody SubjectActionRequest r, Principal principal) {
        return new ActionCreated(localities.setAction(principal.getName(), id, date, r.subjectId(), r.title(), r.ownerPersonId(), r.ownerAgencyId(),
                r.dueDate()).getId());
    }

    @PostMapping("/api/localities/{id}/dates/{date}/review-ends")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End a subject's review at a date (the chair), with why: it is on no later agenda unless referred again")
    void endReview(@PathVariable long id, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                   @Valid @RequestBody EndOfReview r, Principal principal) {
        localities.endReview(principal.getName(), id, date, r.subjectId(), r.reason());
    }

    @PostMapping("/api/localities/{id}/dates/{date}/timed-items")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Put a time-boxed item on a coming date's agenda (the chair); the items together must fit in the meeting")
    List<LocalityService.TimedLine> addTimedItem(@PathVariable long id, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                                 @Valid @RequestBody TimedItemRequest r, Principal principal) {
        localities.addTimedItem(principal.getName(), id, date, r.title(), r.minutes());
        return agenda(id, date, principal).timedItems();
    }

    @DeleteMapping("/api/localities/{id}/dates/{date}/timed-items/{itemId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take a time-boxed item off a coming date's agenda (the chair)")
    void removeTimedItem(@PathVariable long id, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                         @PathVariable long itemId, Principal principal) {
        localities.removeTimedItem(principal.getName(), id, date, itemId);
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
