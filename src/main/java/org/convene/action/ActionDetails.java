package org.convene.action;

import java.util.List;
import org.convene.access.ActionRights;

/** An action as one person may see it: its history, and what they may do with it. */
public record ActionDetails(Action action, ActionRights rights, ActionDates dates, ActionOrigin origin,
                            List<Escalation> escalations, List<ActionDueDateChange> dueDateChanges, List<ActionReassignment> reassignments) {

    public record Escalation(ActionEscalation escalation, boolean canAcknowledge) {
    }
}
