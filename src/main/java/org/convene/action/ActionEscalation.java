package org.convene.action;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;

/** One rung of the escalation ladder reached by an overdue action (for the due date it then had), and who it went to. */
public record ActionEscalation(@Id Long id, Long actionId, LocalDate dueDate, int rung, Long escalatedToId,
                               Instant escalatedAt, Instant acknowledgedAt, String acknowledgedBy) {

    ActionEscalation acknowledge(String by, Instant at) {
        return new ActionEscalation(id, actionId, dueDate, rung, escalatedToId, escalatedAt, at, by);
    }

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }
}
