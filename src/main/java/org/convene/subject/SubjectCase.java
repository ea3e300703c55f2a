package org.convene.subject;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** That a workflow's case (by its type and id) is about a subject, in the order the subjects were named. */
@Table("subject_case")
record SubjectCase(@Id Long id, long subjectId, String caseType, long caseId, int position, String addedBy, Instant addedAt) {

    /** Its id only, as every stored record's: what exception messages and logs quote. */
    @Override
    public String toString() {
        return "SubjectCase[id=" + id + "]";
    }
}
