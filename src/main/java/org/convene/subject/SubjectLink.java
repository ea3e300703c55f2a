package org.convene.subject;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** That two subjects are linked (a child belongs to a peer group, is seen at a location), with who recorded it and when. */
@Table("subject_link")
public record SubjectLink(@Id Long id, long fromSubjectId, long toSubjectId, String note, String recordedBy, Instant recordedAt) {

    /** Its id only: what it holds can name a child, and this is what exception messages and logs quote. */
    @Override
    public String toString() {
        return "SubjectLink[id=" + id + "]";
    }
}
