package org.convene.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.convene.access.MeetingRights;
import org.convene.shared.ApiPage;
import org.convene.shared.Limits;
import org.convene.shared.PlainText;
import org.convene.shared.Plausible;
import org.convene.subject.Subject;
import org.convene.subject.SubjectKind;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/meetings")
@Tag(name = "Meetings")
class MeetingApiController {

    private final MeetingService meetings;
    private final Agenda agenda;

    MeetingApiController(MeetingService meetings, Agenda agenda) {
        this.meetings = meetings;
        this.agenda = agenda;
    }

    record AgendaChange(@NotBlank @Size(max = Limits.TITLE) @PlainText String title) {
    }

    record ChairAssignment(@NotNull @Positive Long chairId) {
    }

    record Convening(@NotNull @Plausible Instant startsAt, @NotNull @Plausible Instant endsAt,
                     @Size(max = Limits.PLACE) @PlainText String location, @Size(max = Limits.LINK) @PlainText String virtualLink,
                     @NotEmpty @Size(max = Limits.INVITEES) List<@NotNull @Valid Invitee> invitees) {
    }

    record Rescheduling(@NotNull @Plausible Instant startsAt, @NotNull @Plausible Instant endsAt,
                        @Size(max = Limits.PLACE) @PlainText String location, @Size(max = Limits.LINK) @PlainText String virtualLink) {
    }

    record Cancellation(@NotBlank @Size(max = Limits.REASON) @PlainText String reason) {
    }

    record Held(@NotNull Map<@NotNull Long, @NotNull Attendance> attendance, Map<@NotNull Long, @NotNull @Plausible Instant> reportsReceived,
                Map<@NotNull Long, @Size(max = Limits.NAME) @PlainText String> attendedBy,
                @Size(max = Limits.REASON) @PlainText String quorumOverrideReason, boolean confidentialityRead) {
    }

    record RecordedAnswer(@NotNull InvitationStatus answer, @Size(max = Limits.NAME) @PlainText String delegateName,
                          @Size(max = Limits.EMAIL) @PlainText String delegateEmail) {
    }

    record InvitationView(long id, Long personId, Long agencyId, String email, InvitationContact contact, String inviteeName,
                          String contactDetails, Instant toldAt, boolean required, InvitationStatus status, String delegateName,
                          Long delegateOfId, Attendance attendance, String attendedBy, boolean active) {
        /** An invitation; the address or number of someone without e-mail only for the chair, who contacts them. */
        static InvitationView of(Invitation i, boolean chair) {
            return new InvitationView(i.getId(), i.getPersonId(), i.getAgencyId(), i.getEmail(), i.getContact(), i.getInviteeName(),
                    chair ? i.getContactDetails() : null, i.getInvitedAt(), i.isRequired(), i.getStatus(), i.getDelegateName(), i.getDelegateOfId(),
                    i.getAttendance(), i.getAttendedBy(), i.isActive());
        }
    }

    record ListQuery(MeetingStatus status) {
    }

    record MeetingSummary(long id, String type, MeetingStatus status, Long chairId, Instant conveneBy, Instant startsAt, Instant endsAt) {
        static MeetingSummary of(Meeting m) {
            return new MeetingSummary(m.getId(), m.getType(), m.getStatus(), m.getChairId(), m.getConveneBy(), m.getStartsAt(), m.getEndsAt());
        }
    }

    record SubjectView(long id, SubjectKind kind, String name, LocalDate dateOfBirth, String reference) {
        static SubjectView of(Subject s) {
            return new SubjectView(s.id(), s.kind(), s.name(), s.dateOfBirth(), s.reference());
        }
    }

    /**
     * A meeting as its reader may see it. {@code caseSummary} and {@code subjects} may name children: they are empty for
     * a caller who, by the change they just made, may no longer see the meeting. {@code notRecordedChasedAt} is when the
     * chair was asked to record a meeting whose time had passed without it being recorded as held.
     */
    record MeetingView(long id, String type, MeetingStatus status, String caseType, long caseId, MeetingKind.CaseSummary caseSummary,
                       List<SubjectView> subjects, Long chairId, Instant requestedAt, Instant conveneBy, Instant startsAt, Instant endsAt,
                       String location, String virtualLink, int calendarSequence, Instant heldAt, Instant confidentialityReadAt,
                       String quorumOverrideReason, Instant minutesDueBy, Instant notRecordedChasedAt, List<InvitationView> invitations) {
    }

    @GetMapping
    @Operation(summary = "The meetings you may see, newest first, a page at a time (size up to 100), with or without one status")
    ApiPage<MeetingSummary> list(@ModelAttribute ListQuery query, @Valid @ModelAttribute ApiPage.Request paging, Principal principal) {
        return paging.of((page, size) -> meetings.visibleMeetings(principal.getName(), query.status(), page, size).stream()
                .map(MeetingSummary::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A meeting, if you chair it, asked for it, raised its case, oversee its chair, or are invited (yourself or through your agency)")
    MeetingView get(@PathVariable long id, Principal principal) {
        return view(meetings.read(principal.getName(), id), principal);
    }

    @PostMapping("/{id}/chair")
    @Operation(summary = "Give the meeting to a chair: its chair, the people above the chair, or an admin; while it has none, whoever asked for it, or a chair taking it")
    MeetingView assignChair(@PathVariable long id, @Valid @RequestBody ChairAssignment request, Principal principal) {
        return view(meetings.assignChair(principal.getName(), id, request.chairId()), principal);
    }

    @PostMapping("/{id}/convening")
    @Operation(summary = "Convene: the date, place or link, and who is invited (the agencies its kind requires at least)")
    MeetingView convene(@PathVariable long id, @Valid @RequestBody Convening request, Principal principal) {
        return view(meetings.convene(principal.getName(), id, request.startsAt(), request.endsAt(), request.location(),
                request.virtualLink(), request.invitees()), principal);
    }

    @PostMapping("/{id}/rescheduling")
    @Operation(summary = "Move the meeting; invitees get a calendar update and are asked to answer again")
    MeetingView reschedule(@PathVariable long id, @Valid @RequestBody Rescheduling request, Principal principal) {
        return view(meetings.reschedule(principal.getName(), id, request.startsAt(), request.endsAt(), request.location(),
                request.virtualLink()), principal);
    }

    @PostMapping("/{id}/cancellation")
    @Operation(summary = "Cancel the meeting; invitees get a calendar cancellation")
    MeetingView cancel(@PathVariable long id, @Valid @RequestBody Cancellation request, Principal principal) {
        return view(meetings.cancel(principal.getName(), id, request.reason()), principal);
    }

    @PostMapping("/{id}/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Invite one more person or agency, or someone without e-mail (with how they are contacted: POST, PHONE or IN_PERSON)")
    InvitationView invite(@PathVariable long id, @Valid @RequestBody Invitee invitee, Principal principal) {
        return InvitationView.of(meetings.invite(principal.getName(), id, invitee), true);
    }

    @PostMapping("/{id}/invitations/{invitationId}/contacted")
    @Operation(summary = "Record that someone without e-mail has been told of the meeting as it now stands (the chair)")
    InvitationView contacted(@PathVariable long id, @PathVariable long invitationId, Principal principal) {
        return InvitationView.of(meetings.recordContacted(principal.getName(), id, invitationId), true);
    }

    @DeleteMapping("/{id}/invitations/{invitationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw an invitation: that invitee loses access at once and their calendar entry is cancelled")
    void removeInvitation(@PathVariable long id, @PathVariable long invitationId, Principal principal) {
        meetings.removeInvitation(principal.getName(), id, invitationId);
    }

    @PostMapping("/{id}/invitations/{invitationId}/answer")
    @Operation(summary = "Record or correct an answer an invitee gave by phone, in person or by post (the chair)")
    InvitationView recordAnswer(@PathVariable long id, @PathVariable long invitationId, @Valid @RequestBody RecordedAnswer answer,
                                Principal principal) {
        return InvitationView.of(meetings.recordAnswer(principal.getName(), id, invitationId, answer.answer(), answer.delegateName(),
                answer.delegateEmail()), true);
    }

    @PostMapping("/{id}/held")
    @Operation(summary = "Record attendance and that the meeting was held (the required agencies present, or a reason; the confidentiality statement read where its kind has one)")
    MeetingView held(@PathVariable long id, @Valid @RequestBody Held request, Principal principal) {
        return view(meetings.recordHeld(principal.getName(), id, request.attendance(),
                request.reportsReceived() == null ? Map.of() : request.reportsReceived(),
                request.attendedBy() == null ? Map.of() : request.attendedBy(), request.quorumOverrideReason(), request.confidentialityRead()),
                principal);
    }

    @GetMapping("/{id}/agenda")
    @Operation(summary = "The agenda, for anyone who may see the meeting")
    List<AgendaItem> agenda(@PathVariable long id, Principal principal) {
        meetings.visibleTo(principal.getName(), id);
        return agenda.itemsOf(id);
    }

    @PostMapping("/{id}/agenda")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an agenda item (the chair, until the meeting starts)")
    List<AgendaItem> addAgendaItem(@PathVariable long id, @Valid @RequestBody AgendaChange change, Principal principal) {
        meetings.addAgendaItem(principal.getName(), id, change.title());
        return agenda.itemsOf(id);
    }

    @PostMapping("/{id}/agenda/{itemId}")
    @Operation(summary = "Change an agenda item (the chair, until the meeting starts)")
    List<AgendaItem> changeAgendaItem(@PathVariable long id, @PathVariable long itemId, @Valid @RequestBody AgendaChange change, Principal principal) {
        meetings.changeAgendaItem(principal.getName(), id, itemId, change.title());
        return agenda.itemsOf(id);
    }

    @DeleteMapping("/{id}/agenda/{itemId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an agenda item (the chair, until the meeting starts)")
    void removeAgendaItem(@PathVariable long id, @PathVariable long itemId, Principal principal) {
        meetings.removeAgendaItem(principal.getName(), id, itemId);
    }

    /** The meeting as the caller may now see it (a chair who handed a meeting on may no longer see it at all). */
    private MeetingView view(Meeting m, Principal principal) {
        MeetingRights rights = meetings.rightsOf(principal.getName(), m.getId());
        boolean visible = rights.view();
        return new MeetingView(m.getId(), m.getType(), m.getStatus(), m.getCaseType(), m.getCaseId(),
                visible ? meetings.kindOf(m).caseOf(m.getCaseId()) : null,
                visible ? meetings.subjectsOf(m).stream().map(SubjectView::of).toList() : List.of(), m.getChairId(),
                m.getRequestedAt(), m.getConveneBy(), m.getStartsAt(), m.getEndsAt(), m.getLocation(), m.getVirtualLink(),
                m.getCalendarSequence(), m.getHeldAt(), m.getConfidentialityReadAt(), m.getQuorumOverrideReason(), m.getMinutesDueBy(),
                m.getNotRecordedChasedAt(), visible ? meetings.invitationsOf(m.getId()).stream().map(i -> InvitationView.of(i, rights.chair())).toList() : List.of());
    }
}
