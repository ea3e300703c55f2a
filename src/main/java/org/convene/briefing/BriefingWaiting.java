package org.convene.briefing;

import java.util.Optional;
import org.convene.directory.Person;
import org.convene.web.WaitingForYou;
import org.springframework.stereotype.Component;

/** On the home page of the briefing's chair and members: today's briefing, with how many incidents wait for a decision. */
@Component
class BriefingWaiting implements WaitingForYou {

    private final BriefingService briefings;
    private final IncidentRepository incidents;

    BriefingWaiting(BriefingService briefings, IncidentRepository incidents) {
        this.briefings = briefings;
        this.incidents = incidents;
    }

    @Override
    public Optional<Link> of(Person person) {
        if (!briefings.rightsOf(person.username()).triage()) {
            return Optional.empty();
        }
        long waiting = incidents.countUntriaged();
        return Optional.of(new Link(waiting == 0 ? "The daily incident briefing: nothing waiting for a decision"
                : waiting == 1 ? "The daily incident briefing: 1 incident to triage" : "The daily incident briefing: " + waiting + " incidents to triage",
                "/briefings"));
    }
}
