package org.convene.action;

import java.time.Instant;

/** When each step of an action's ladder falls, for its due date: what its page shows and its process waits for. */
public record ActionDates(Instant reminderAt, Instant dueDayReminderAt, Instant overdueAt, Instant firstEscalationAt,
                          Instant secondEscalationAt) {
}
