package org.convene.minutes;

import java.util.HashMap;
import java.util.Map;
import org.convene.directory.Person;
import org.convene.notification.MailTemplates;
import org.convene.notification.Outbox;
import org.springframework.stereotype.Component;

/** The mails that minutes are ready: a link to the reader's own copy, nothing of its content. */
@Component
class MinutesNotices {

    private final MailTemplates templates;
    private final Outbox outbox;

    MinutesNotices(MailTemplates templates, Outbox outbox) {
        this.templates = templates;
        this.outbox = outbox;
    }

    void minutesReady(long meetingId, int version, String recipient) {
        outbox.queue(templates.render("minutes-ready", recipient, Map.of("meetingId", meetingId, "version", version)));
    }

    /** For a referrer with no account in Convene: the meeting they referred has approved minutes, and whom to ask. */
    void minutesApprovedForReferrer(String recipient, Person chair) {
        Map<String, Object> model = new HashMap<>();
        if (chair != null) {
            model.put("chairName", chair.displayName());
            model.put("chairEmail", chair.email());
        }
        outbox.queue(templates.render("minutes-approved-for-referrer", recipient, model));
    }
}
