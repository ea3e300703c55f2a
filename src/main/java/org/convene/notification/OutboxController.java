package org.convene.notification;

import java.util.regex.Pattern;
import org.convene.directory.Person;
import org.convene.shared.NotFoundException;
import org.convene.web.Forms;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outbox, for admins: every mail with its status, failures first to see, and a failed one sent again. In the
 * embedded default, with no SMTP server, this is where the mails are read.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class OutboxController {

    private static final Limit PAGE = Limit.of(200);
    /** A signed link's token: whoever holds it can answer as the recipient, so an admin reading the mail is not shown it. */
    private static final Pattern TOKEN = Pattern.compile("token=[A-Za-z0-9_.=-]+");
    static final String HIDDEN = "token=(hidden: only the recipient may use this link)";
    private final OutboxMailRepository mails;
    private final UndeliveredMail undelivered;

    OutboxController(OutboxMailRepository mails, UndeliveredMail undelivered) {
        this.mails = mails;
        this.undelivered = undelivered;
    }

    @GetMapping("/admin/outbox")
    String list(@RequestParam(required = false) OutboxStatus status, Model model) {
        model.addAttribute("mails", status == null ? mails.findAllByOrderByIdDesc(PAGE) : mails.findByStatusOrderByIdDesc(status, PAGE));
        model.addAttribute("status", status);
        model.addAttribute("failed", mails.countByStatus(OutboxStatus.FAILED));
        model.addAttribute("pending", mails.countByStatus(OutboxStatus.PENDING));
        return "admin/outbox";
    }

    @PostMapping("/admin/outbox/{id}/resend")
    String resend(Person person, @PathVariable long id, RedirectAttributes redirect, Model model) {
        return Forms.press(() -> undelivered.resend(person, id), redirect, "The e-mail will be sent again.", "/admin/outbox/" + id,
                model, () -> show(id, model));
    }

    @GetMapping("/admin/outbox/{id}")
    String show(@PathVariable long id, Model model) {
        OutboxMail mail = mails.findById(id).orElseThrow(() -> new NotFoundException("There is no mail " + id));
        model.addAttribute("mail", mail);
        model.addAttribute("body", TOKEN.matcher(mail.bodyText()).replaceAll(HIDDEN));
        return "admin/outbox-mail";
    }
}
