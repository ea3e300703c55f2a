package org.convene.locality;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One date of a series moved (its new times and place) or cancelled, with why, who changed it, and the calendar sequence sent. */
@Table("locality_occurrence_change")
record OccurrenceChange(@Id Long id, long seriesId, LocalDate originalDate, Instant startsAt, Instant endsAt, String location, boolean cancelled,
                        String reason, int sequence, String changedBy, Instant changedAt, @Version int version) {

    /** Its id only, as every stored record's: what exception messages and logs quote. */
    @Override
    public String toString() {
        return "OccurrenceChange[id=" + id + "]";
    }

    OccurrenceChange replacing(OccurrenceChange earlier) {
        return new OccurrenceChange(earlier.id(), seriesId, originalDate, startsAt, endsAt, location, cancelled, reason, sequence, changedBy,
                changedAt, earlier.version());
    }
}
