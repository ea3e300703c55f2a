package org.convene.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convene.shared.ConflictException;
import org.convene.shared.InvalidRequestException;
import org.convene.shared.Limits;
import org.convene.shared.NotFoundException;
import org.convene.web.Choice;
import org.convene.web.Forms;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Answering an invitation from the link in its e-mail, without a password. The link is for that invitation only; the
 * answer can be changed until the meeting is held.
 */
@Controller
class InvitationPages {

    static final Map<String, String> ANSWERS = new LinkedHashMap<>();

    static {
        ANSWERS.put(InvitationStatus.ACCEPTED.name(), "I will attend");
        ANSWERS.put(InvitationStatus.TENTATIVE.name(), "I may be able to attend");
        ANSWERS.put(InvitationStatus.DECLINED.name(), "I cannot attend");
        ANSWERS.put(InvitationStatus.DELEGATED.name(), "Someone will attend in my place");
    }

    private final MeetingService meetings;
    private final InvitationRepository invitations;
    private final MeetingRepository meetingRepository;
    private final MeetingNotices notices;

    InvitationPages(MeetingService meetings, InvitationRepository invitations, MeetingRepository meetingRepository, MeetingNotices notices) {
        this.meetings = meetings;
        this.invitations = invitations;
        this.meetingRepository = meetingRepository;
        this.notices = notices;
    }

    record RsvpForm(@NotBlank(message = "Choose whether you will attend.") @Choice(value = InvitationStatus.class, message = "Choose whether you will attend.") String answer,
                    @Size(max = Limits.NAME, message = "Give the name in {max} characters or fewer.") String delegateName,
                    @Size(max = Limits.EMAIL, message = "Give an e-mail address of {max} characters or fewer.") String delegateEmail) {
    }

    @GetMapping("/invitations/{id}")
    String page(@PathVariable long id, @RequestParam(defaultValue = "") String token, Model model) {
        Invitation invitation = linked(id, token);
        Forms.offer(model, "rsvp", () -> new RsvpForm(invitation.hasAnswered() ? invitation.getStatus().name() : null,
                invitation.getDelegateName(), invitation.getDelegateEmail()));
        return render(invitation, token, model);
    }

    @PostMapping("/invitations/{id}")
    String answer(@PathVariable long id, @RequestParam(defaultValue = "") String token, @Valid @ModelAttribute("rsvp") RsvpForm form,
                  BindingResult errors, Model model) {
        Invitation invitation = linked(id, token);
        if (!errors.hasErrors()) {
            try {
                invitation = meetings.answer(id, InvitationStatus.valueOf(form.answer()), form.delegateName(), form.delegateEmail());
                model.addAttribute("answered", true);
            } catch (InvalidRequestException e) {
                errors.rejectValue(e.field() == null ? "answer" : e.field(), "invalid", e.getMessage());
            } catch (ConflictException e) {
                errors.reject("conflict", e.getMessage());
            }
        }
        return render(invitation, token, model);
    }

    private String render(Invitation invitation, String token, Model model) {
        Meeting meeting = meetingRepository.findById(invitation.getMeetingId()).orElseThrow();
        model.addAttribute("invitation", invitation);
        model.addAttribute("meeting", meeting);
        model.addAttribute("token", token);
        model.addAttribute("answers", ANSWERS);
        model.addAttribute("answerOptions", ANSWERS.entrySet().stream().map(e -> Map.of("value", e.getKey(), "label", e.getValue())).toList());
        return "meeting/rsvp";
    }

    private Invitation linked(long id, String token) {
        if (!notices.invitationOfLink(token).filter(linked -> linked == id).isPresent()) {
            throw new InvalidLink();
        }
        return invitations.findById(id).filter(Invitation::isActive).orElseThrow(InvalidLink::new);
    }

    @ExceptionHandler({InvalidLink.class, NotFoundException.class})
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String invalidLink() {
        return "link-invalid";
    }

    /** A link that is forged, expired, for another invitation, or for one the chair has withdrawn. */
    static class InvalidLink extends RuntimeException {
    }
}
