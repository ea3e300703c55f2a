package org.convene.action;

import java.util.Objects;
import java.util.stream.Collectors;
import org.convene.access.AccessPolicy;
import org.convene.access.ActionFacts;
import org.convene.access.ActionRights;
import org.convene.directory.Person;
import org.springframework.stereotype.Component;

/** An action's facts, as {@link AccessPolicy} decides on them: its owner, who set it, and whom it was escalated to. */
@Component
class ActionAccess {

    private final ActionEscalationRepository escalations;
    private final AccessPolicy policy;

    ActionAccess(ActionEscalationRepository escalations, AccessPolicy policy) {
        this.escalations = escalations;
        this.policy = policy;
    }

    ActionRights rights(Person person, Action action) {
        return policy.action(person, facts(action));
    }

    boolean canAcknowledge(Person person, Action action, ActionEscalation escalation) {
        return policy.acknowledge(person, escalation.escalatedToId(), facts(action));
    }

    private ActionFacts facts(Action action) {
        return new ActionFacts(action.getOwnerPersonId(), action.getOwnerAgencyId(), action.getRaisedBy(), action.isOpen(),
                escalations.findByActionIdOrderById(action.getId()).stream().map(ActionEscalation::escalatedToId)
                        .filter(Objects::nonNull).collect(Collectors.toSet()));
    }
}
