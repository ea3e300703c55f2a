package org.convene.strategy;

import java.util.Map;
import org.convene.calendar.CouncilTime;
import org.convene.directory.Person;
import org.convene.notification.MailTemplates;
import org.convene.notification.Outbox;
import org.springframework.stereotype.Component;

/** The mails about a concern. Like every mail, they link into Convene and never name a child or say what the concern is. */
@Component
class StrategyNotices {

    private final MailTemplates templates;
    private final Outbox outbox;
    private final CouncilTime dates;

    StrategyNotices(MailTemplates templates, Outbox outbox, CouncilTime dates) {
        this.templates = templates;
        this.outbox = outbox;
        this.dates = dates;
    }

    void outcomeLate(StrategyCase strategy, Person manager) {
        outbox.queue(templates.render("strategy-outcome-late", manager.email(),
                Map.of("caseId", strategy.getId(), "outcomeDueBy", dates.dateTime(strategy.getOutcomeDueBy())))
                .followedUpBy(manager.id(), "/strategy/" + strategy.getId()));
    }
}
