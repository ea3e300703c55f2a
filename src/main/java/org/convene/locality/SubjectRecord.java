package org.convene.locality;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A subject's part of a locality meeting's record: the analysis, and the decision with its reason; the strategy case
 * or the assessment the decision raised or started.
 */
@Table("locality_subject_record")
public record SubjectRecord(@Id Long id, long meetingId, long subjectId, String analysis, LocalityDecision decision, String reason,
                            Long strategyCaseId, Long assessmentId, String recordedBy, Instant recordedAt) {

    /** Its id only: what it holds can name a child, and this is what exception messages and logs quote. */
    @Override
    public String toString() {
        return "SubjectRecord[id=" + id + "]";
    }

    static SubjectRecord empty(long meetingId, long subjectId) {
        return new SubjectRecord(null, meetingId, subjectId, null, null, null, null, null, null, null);
    }
}
