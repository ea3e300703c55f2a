package org.convene.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.convene.shared.Limits;
import org.convene.shared.NotFoundException;
import org.convene.shared.PlainText;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Answering an invitation with the token from its e-mail, for calendar and case-management integrations. */
@RestController
@RequestMapping("/api/invitations")
@Tag(name = "Invitations")
class InvitationApiController {

    private final MeetingService meetings;
    private final MeetingNotices notices;

    InvitationApiController(MeetingService meetings, MeetingNotices notices) {
        this.meetings = meetings;
        this.notices = notices;
    }

    record Answer(@NotNull InvitationStatus answer, @Size(max = Limits.NAME) @PlainText String delegateName,
                  @Size(max = Limits.EMAIL) @PlainText String delegateEmail) {
    }

    record Answered(long invitationId, InvitationStatus status, String delegateName) {
    }

    @PostMapping("/{id}/answer")
    @Operation(summary = "Answer an invitation: the token from its e-mail is the authority, for this invitation only, until the meeting ends")
    Answered answer(@PathVariable long id, @RequestParam String token, @Valid @RequestBody Answer answer) {
        if (!notices.invitationOfLink(token).filter(linked -> linked == id).isPresent()) {
            throw new AccessDeniedException("invalid or expired token");
        }
        try {
            Invitation invitation = meetings.answer(id, answer.answer(), answer.delegateName(), answer.delegateEmail());
            return new Answered(invitation.getId(), invitation.getStatus(), invitation.getDelegateName());
        } catch (NotFoundException e) {
            throw new AccessDeniedException("withdrawn invitation");
        }
    }
}
