package org.convene.minutes;

import java.util.Map;
import org.convene.notification.MailTemplates;
import org.convene.notification.Outbox;
import org.springframework.stereotype.Component;

/** The mail that minutes are ready: a link to the reader's own copy, nothing of its content. */
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
}
