package org.convene.minutes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.convene.meeting.Agenda;
import org.convene.meeting.GuestAccess;
import org.convene.meeting.Invitation;
import org.convene.shared.ConflictException;
import org.convene.shared.InvalidRequestException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The meeting papers for an invitee without an account: from the link in their invitation they ask for a code, type
 * it, and read that meeting's agenda and their agency's copy of its minutes (see {@link GuestAccess}).
 */
@Controller
class GuestPages {

    /** Which invitations this browser session has signed in for, and when. */
    static final String SIGNED_IN = "convene.guest.signedIn";

    private final GuestAccess guests;
    private final MinutesService minutes;
    private final Agenda agenda;
    private final Clock clock;

    GuestPages(GuestAccess guests, MinutesService minutes, Agenda agenda, Clock clock) {
        this.guests = guests;
        this.minutes = minutes;
        this.agenda = agenda;
        this.clock = clock;
    }

    record CodeForm(@NotBlank(message = "Type the code from the e-mail.")
                    @Pattern(regexp = "\\s*\\d{6}\\s*", message = "The code is 6 digits, such as 123456.") String code) {
    }

    @GetMapping("/guest/invitations/{id}")
    String signIn(@PathVariable long id, @RequestParam(defaultValue = "") String token, Model model) {
        Invitation invitation = linked(id, token);
        if (!model.containsAttribute("codeForm")) {
            model.addAttribute("codeForm", new CodeForm(null));
        }
        return signInPage(invitation, token, model);
    }

    @PostMapping("/guest/invitations/{id}/code")
    String sendCode(@PathVariable long id, @RequestParam(defaultValue = "") String token, RedirectAttributes redirect, Model model) {
        Invitation invitation = linked(id, token);
        try {
            guests.sendCode(invitation);
            redirect.addFlashAttribute("success", "We have sent a code to " + masked(invitation.getEmail()) + ".");
            return "redirect:/guest/invitations/" + id + "?token=" + token;
        } catch (ConflictException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("codeForm", new CodeForm(null));
            return signInPage(invitation, token, model);
        }
    }

    @PostMapping("/guest/invitations/{id}/session")
    String confirm(@PathVariable long id, @RequestParam(defaultValue = "") String token, @Valid @ModelAttribute("codeForm") CodeForm form,
                   BindingResult errors, HttpServletRequest request, Model model) {
        Invitation invitation = linked(id, token);
        if (!errors.hasErrors()) {
            try {
                guests.confirm(invitation, form.code());
                // A new session id once signed in, so that one fixed before cannot ride on it
                request.changeSessionId();
                signIn(request.getSession(), id);
                return "redirect:/guest/invitations/" + id + "/papers?token=" + token;
            } catch (InvalidRequestException e) {
                errors.rejectValue("code", "invalid", e.getMessage());
            }
        }
        return signInPage(invitation, token, model);
    }

    @GetMapping("/guest/invitations/{id}/papers")
    String papers(@PathVariable long id, @RequestParam(defaultValue = "") String token, HttpSession session, Model model) {
        GuestAccess.Papers papers = guests.papers(linked(id, token), signedIn(session).get(id)).orElse(null);
        if (papers == null) {
            return "redirect:/guest/invitations/" + id + "?token=" + token;
        }
        model.addAttribute("meeting", papers.meeting());
        model.addAttribute("agenda", agenda.itemsOf(papers.meeting().getId()));
        minutes.newestCopyForGuest(papers).ifPresent(copy -> model.addAttribute("copy", copy));
        return "guest/papers";
    }

    private String signInPage(Invitation invitation, String token, Model model) {
        model.addAttribute("invitation", invitation);
        model.addAttribute("email", masked(invitation.getEmail()));
        model.addAttribute("token", token);
        return "guest/sign-in";
    }

    private Invitation linked(long id, String token) {
        return guests.linked(id, token).orElseThrow(InvalidLink::new);
    }

    /** j•••@police.example: enough to know which mailbox to look in, not enough to learn an address from the page. */
    static String masked(String email) {
        int at = email.indexOf('@');
        return at <= 1 ? "•••" + email.substring(Math.max(at, 0)) : email.charAt(0) + "•••" + email.substring(at);
    }

    /** Set again, not changed in place: the session is kept in the database, which is written only on a set. */
    private void signIn(HttpSession session, long invitationId) {
        Map<Long, Instant> held = new HashMap<>(signedIn(session));
        held.put(invitationId, clock.instant());
        session.setAttribute(SIGNED_IN, held);
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, Instant> signedIn(HttpSession session) {
        Object held = session.getAttribute(SIGNED_IN);
        return held == null ? Map.of() : (Map<Long, Instant>) held;
    }

    @ExceptionHandler(InvalidLink.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String invalidLink() {
        return "link-invalid";
    }

    /** A link that is forged, expired, for another invitation, or for one the chair has withdrawn. */
    static class InvalidLink extends RuntimeException {
    }
}
