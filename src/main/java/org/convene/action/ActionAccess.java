package org.convene.action;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

    /** Of these actions, those the person may see: their escalations read in one query. */
    Set<Long> visibleAmong(Person person, List<Action> actions) {
        Map<Long, Set<Long>> escalatedTo = new HashMap<>();
        escalations.findByActionIdIn(actions.stream().map(Action::getId).toList()).stream().filter(e -> e.escalatedToId() != null)
                .forEach(e -> escalatedTo.computeIfAbsent(e.actionId(), id -> new HashSet<>()).add(e.escalatedToId()));
        return actions.stream().filter(action -> policy.action(person, facts(action, escalatedTo.getOrDefault(action.getId(), Set.of()))).view())
                .map(Action::getId).collect(Collectors.toSet());
    }

    boolean canAcknowledge(Person person, Action action, ActionEscalation escalation) {
        return policy.acknowledge(person, escalation.escalatedToId(), facts(action));
    }

    private ActionFacts facts(Action action) {
        return facts(action, escalations.findByActionIdOrderById(action.getId()).stream().map(ActionEscalation::escalatedToId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    private static ActionFacts facts(Action action, Set<Long> escalatedTo) {
        return new ActionFacts(action.getOwnerPersonId(), action.getOwnerAgencyId(), action.getRaisedBy(), action.isOpen(), escalatedTo);
    }
}
