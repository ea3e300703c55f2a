package org.convene.briefing;

import java.util.Map;
import org.convene.directory.Directory;
import org.convene.notification.MailTemplates;
import org.convene.notification.Outbox;
import org.springframework.stereotype.Component;

/**
 * The mail to the team manager (the briefing's chair) when incidents were not triaged in time. Like every mail it
 * links into Convene and says how many, never which children or what happened.
 */
@Component
class BriefingNotices {

    private final MailTemplates templates;
    private final Outbox outbox;
    private final Directory directory;
    private final BriefingSettings settings;

    BriefingNotices(MailTemplates templates, Outbox outbox, Directory directory, BriefingSettings settings) {
        this.templates = templates;
        this.outbox = outbox;
        this.directory = directory;
        this.settings = settings;
    }

    void notTriaged(int count) {
        if (settings.chair() == null) {
            return;
        }
        directory.personByUsername(settings.chair()).ifPresent(manager -> outbox.queue(
                templates.render("briefing-not-triaged", manager.email(), Map.of("count", count)).followedUpBy(manager.id(), "/briefings")));
    }
}
