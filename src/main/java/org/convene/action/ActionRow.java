package org.convene.action;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** An action as a list shows it. */
public record ActionRow(long id, String title, LocalDate dueDate, ActionStatus status, int escalationLevel,
                        String raisedBy, String ownerName, long ownerAgencyId, String ownerAgencyName, String teamName,
                        Long openEscalationId, LocalDate today) {

    public long daysOverdue() {
        return Math.max(0, ChronoUnit.DAYS.between(dueDate, today));
    }

    public boolean isOverdue() {
        return dueDate.isBefore(today);
    }

    public boolean isDueToday() {
        return dueDate.equals(today);
    }
}
