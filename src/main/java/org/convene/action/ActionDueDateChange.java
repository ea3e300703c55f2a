package org.convene.action;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;

/** An extension: the due date an action had before, so that the record keeps every date it was given. */
public record ActionDueDateChange(@Id Long id, Long actionId, LocalDate previousDueDate, LocalDate newDueDate,
                                  String reason, String changedBy, Instant changedAt) {
}
