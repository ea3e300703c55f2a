package org.convene.family;

import java.time.LocalDate;

/** A task written into the plan: what, who does it (a member of the network, or a service: a person or an agency), by when, and who checks. */
public record NewTask(String what, Long memberId, Long ownerPersonId, Long ownerAgencyId, LocalDate dueDate, String checkedBy) {
}
