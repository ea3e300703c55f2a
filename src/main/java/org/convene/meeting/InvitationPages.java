package org.convene.meeting;

import java.util.LinkedHashMap;
import java.util.Map;
import org.convene.shared.ConflictException;
import org.convene.shared.InvalidRequestException;
import org.convene.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Answering an invitation from the link in its e-mail, without a password. The link is for that invitation only. */
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

    @GetMapping("/invitations/{id}")
    String page(@PathVariable long id, @RequestParam(defaultValue = "") String token, Model model) {
        return render(linked(id, token), token, model);
    }

    @PostMapping("/invitations/{id}")
    String answer(@PathVariable long id, @RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String answer,
                  @RequestParam(defaultValue = "") String delegateName, @RequestParam(defaultValue = "") String delegateEmail, Model model) {
        Invitation invitation = linked(id, token);
        try {
            if (!ANSWERS.containsKey(answer)) {
                throw new InvalidRequestException("Choose whether you will attend.");
            }
            invitation = meetings.answer(id, InvitationStatus.valueOf(answer), delegateName, delegateEmail);
            model.addAttribute("answered", true);
        } catch (InvalidRequestException | ConflictException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("delegateName", delegateName);
            model.addAttribute("delegateEmail", delegateEmail);
        }
        return render(invitation, token, model);
    }

    private String render(Invitation invitation, String token, Model model) {
        Meeting meeting = meetingRepository.findById(invitation.getMeetingId()).orElseThrow();
        model.addAttribute("invitation", invitation);
        model.addAttribute("meeting", meeting);
        model.addAttribute("token", token);
        model.addAttribute("answers", ANSWERS);
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
