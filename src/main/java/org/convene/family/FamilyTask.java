package org.convene.family;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A task of the family's plan: what, who does it (a member of the network, or a service: a person or an agency), by
 * when, and who checks. A member's task is tracked and reviewed, never escalated to anyone's manager; a service's becomes
 * an action on the shared ladder when the plan is sent.
 */
@Table("family_task")
public record FamilyTask(@Id Long id, long referralId, String what, Long memberId, Long ownerPersonId, Long ownerAgencyId, LocalDate dueDate,
                         String checkedBy, Long actionId, TaskOutcome outcome) {

    public boolean isFamilys() {
        return memberId != null;
    }

    FamilyTask withAction(long action) {
        return new FamilyTask(id, referralId, what, memberId, ownerPersonId, ownerAgencyId, dueDate, checkedBy, action, outcome);
    }

    FamilyTask reviewed(TaskOutcome found) {
        return new FamilyTask(id, referralId, what, memberId, ownerPersonId, ownerAgencyId, dueDate, checkedBy, actionId, found);
    }

    /** Its id only: what it says can name the child. */
    @Override
    public String toString() {
        return "FamilyTask[id=" + id + "]";
    }
}
