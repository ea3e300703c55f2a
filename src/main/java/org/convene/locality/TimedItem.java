package org.convene.locality;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A time-boxed item the chair put on a date's agenda: a theme, an agency's update, with the minutes it may take. */
@Table("locality_timed_item")
record TimedItem(@Id Long id, long seriesId, LocalDate meetingDate, String title, int minutes, String addedBy, Instant addedAt) {

    /** Its id only: its title can name a child, and this is what exception messages and logs quote. */
    @Override
    public String toString() {
        return "TimedItem[id=" + id + "]";
    }
}
