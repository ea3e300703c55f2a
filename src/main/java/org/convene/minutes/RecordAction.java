package org.convene.minutes;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** Who does what by when, agreed at the meeting; {@code actionId} once it has become an action. */
@Table("record_action")
public record RecordAction(@Id Long id, Long meetingId, String description, Long ownerPersonId, Long ownerAgencyId,
                           LocalDate dueDate, Long actionId) {

    /** Its id only: what it holds can name a child, and this is what exception messages and logs quote. */
    @Override
    public String toString() {
        return "RecordAction[id=" + id + "]";
    }

    RecordAction raisedAs(long actionId) {
        return new RecordAction(id, meetingId, description, ownerPersonId, ownerAgencyId, dueDate, actionId);
    }
}
