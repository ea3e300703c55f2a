package org.convene.locality;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A subject referred to one date of a locality's meeting: why, whether it came after the cut-off (urgent, with why), by whom and when. */
@Table("locality_referral")
public record LocalityReferral(@Id Long id, long seriesId, LocalDate meetingDate, long subjectId, String reason, boolean urgent, String urgentReason,
                               String referredBy, Instant referredAt) {

    /** Its id only: its reasons can name a child, and this is what exception messages and logs quote. */
    @Override
    public String toString() {
        return "LocalityReferral[id=" + id + "]";
    }
}
