package org.convene.locality;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** That a subject's review at a series' meetings ended at a date, with why: it leaves later agendas until referred again. */
@Table("locality_review_end")
record ReviewEnd(@Id Long id, long seriesId, LocalDate meetingDate, long subjectId, String reason, String endedBy, Instant endedAt) {

    /** Its id only: its reason can name a child, and this is what exception messages and logs quote. */
    @Override
    public String toString() {
        return "ReviewEnd[id=" + id + "]";
    }
}
