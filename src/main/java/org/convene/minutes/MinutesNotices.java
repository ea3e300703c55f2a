package org.convene.minutes;

import java.util.HashMap;
import java.util.Map;
import org.convene.directory.Person;
import org.convene.notification.MailTemplates;
import org.convene.notification.Outbox;
import org.springframework.stereotype.Component;

/**
 * The mails that minutes are ready: a link to the reader's own copy, nothing of its content. One that cannot be
 * delivered becomes a task for the meeting's chair.
 */
@Component
class MinutesNotices {

    private final MailTemplates templates;
    private final Outbox outbox;

    MinutesNotices(MailTemplates templates, Outbox outbox) {
        this.templates = templates;
        this.outbox = outbox;
    }

    void minutesReady(long meetingId, int version, String recipient, Long chairId) {
        outbox.queue(templates.render("minutes-ready", recipient, Map.of("meetingId", meetingId, "version", version))
                .followedUpBy(chairId, "/meetings/" + meetingId));
    }

    /** For a referrer with no account in Convene: the meeting they referred has approved minutes, and whom to ask. */
    void minutesApprovedForReferrer(long meetingId, String recipient, Person chair) {
        Map<String, Object> model = new HashMap<>();
        if (chair != null) {
            model.put("chairName", chair.displayName());
            model.put("chairEmail", chair.email());
        }
        outbox.queue(templates.render("minutes-approved-for-referrer", recipient, model)
                .followedUpBy(chair == null ? null : chair.id(), "/meetings/" + meetingId));
    }
}
