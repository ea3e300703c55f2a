package org.convene.action;

import java.util.Optional;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.springframework.stereotype.Component;

/** Who hears about an action: its owner (a person, or an agency's duty inbox), its chair, and the escalation ladder. */
@Component
class ActionRecipients {

    private final Directory directory;

    ActionRecipients(Directory directory) {
        this.directory = directory;
    }

    String ownerEmail(Action action) {
        return action.getOwnerPersonId() != null
                ? directory.person(action.getOwnerPersonId()).email()
                : directory.agency(action.getOwnerAgencyId()).dutyEmail();
    }

    /** Who reaches the owner another way when a mail to them cannot be delivered: the first rung, or else the chair. */
    Optional<Person> followingUpOwnerMail(Action action) {
        return escalationRecipient(action, 1).or(() -> chair(action));
    }

    Optional<Person> chair(Action action) {
        return directory.personByUsername(action.getRaisedBy());
    }

    /**
     * Rung 1 goes to the owner's line manager, or for an agency to its safeguarding lead; rung 2 to the head of
     * service: the manager above rung 1, or else the chair's line manager.
     */
    Optional<Person> escalationRecipient(Action action, int rung) {
        Optional<Person> first = action.getOwnerPersonId() != null
                ? directory.lineManagerOf(directory.person(action.getOwnerPersonId()))
                : directory.safeguardingLeadOf(directory.agency(action.getOwnerAgencyId()));
        if (rung == 1) {
            return first;
        }
        return first.flatMap(directory::lineManagerOf).or(() -> chair(action).flatMap(directory::lineManagerOf));
    }
}
