package org.convene.action;

import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.directory.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what to an action. The owner (the person, or anyone in the owning agency) completes it; the chair who
 * set it, or a manager in the owner's agency, extends or reassigns it; the chair (or an admin) cancels it; the
 * person an escalation went to, or a manager in their agency, acknowledges it.
 */
@Component
class ActionAccess {

    private final Directory directory;

    ActionAccess(Directory directory) {
        this.directory = directory;
    }

    boolean canView(Person person, Action action) {
        return isOwner(person, action) || isChair(person, action) || managesOwner(person, action)
                || person.hasRole(Role.ADMIN) || person.hasRole(Role.AUDITOR);
    }

    boolean canComplete(Person person, Action action) {
        return isOwner(person, action);
    }

    boolean canExtendOrReassign(Person person, Action action) {
        return isChair(person, action) || managesOwner(person, action);
    }

    boolean canCancel(Person person, Action action) {
        return isChair(person, action) || person.hasRole(Role.ADMIN);
    }

    boolean canAcknowledge(Person person, ActionEscalation escalation) {
        if (escalation.escalatedToId() == null) {
            return person.hasRole(Role.MANAGER);
        }
        if (escalation.escalatedToId().equals(person.id())) {
            return true;
        }
        return person.hasRole(Role.MANAGER) && directory.person(escalation.escalatedToId()).agencyId().equals(person.agencyId());
    }

    boolean isOwner(Person person, Action action) {
        if (action.getOwnerPersonId() != null) {
            return action.getOwnerPersonId().equals(person.id());
        }
        return action.getOwnerAgencyId().equals(person.agencyId());
    }

    private boolean isChair(Person person, Action action) {
        return action.getRaisedBy().equals(person.username());
    }

    private boolean managesOwner(Person person, Action action) {
        return person.hasRole(Role.MANAGER) && person.agencyId().equals(ownerAgencyId(action));
    }

    long ownerAgencyId(Action action) {
        return action.getOwnerAgencyId() != null
                ? action.getOwnerAgencyId()
                : directory.person(action.getOwnerPersonId()).agencyId();
    }
}
