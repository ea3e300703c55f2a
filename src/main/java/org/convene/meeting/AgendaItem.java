package org.convene.meeting;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("agenda_item")
public record AgendaItem(@Id Long id, Long meetingId, int position, String title) {

    /** Its id only: what it holds can name a child, and this is what exception messages and logs quote. */
    @Override
    public String toString() {
        return "AgendaItem[id=" + id + "]";
    }
}
