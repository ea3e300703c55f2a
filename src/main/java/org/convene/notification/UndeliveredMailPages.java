package org.convene.notification;

import org.convene.directory.Person;
import org.convene.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The e-mails that could not be delivered and are the signed-in person's to follow up. */
@Controller
class UndeliveredMailPages {

    private static final String PAGE = "/mail/undelivered";
    private final UndeliveredMail undelivered;

    UndeliveredMailPages(UndeliveredMail undelivered) {
        this.undelivered = undelivered;
    }

    @GetMapping(PAGE)
    String list(Person person, Model model) {
        model.addAttribute("mails", undelivered.awaitingFollowUpBy(person));
        return "mail-undelivered/list";
    }

    @PostMapping(PAGE + "/{id}/resend")
    String resend(Person person, @PathVariable long id, RedirectAttributes redirect, Model model) {
        return Forms.press(() -> undelivered.resend(person, id), redirect, "The e-mail will be sent again.", PAGE, model,
                () -> list(person, model));
    }

    @PostMapping(PAGE + "/{id}/dealt-with")
    String dealtWith(Person person, @PathVariable long id, RedirectAttributes redirect, Model model) {
        return Forms.press(() -> undelivered.dealtWith(person, id), redirect,
                "Marked as dealt with. Convene will not try to send that e-mail again.", PAGE, model, () -> list(person, model));
    }
}
