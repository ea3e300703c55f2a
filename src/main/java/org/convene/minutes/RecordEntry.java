package org.convene.minutes;

import java.time.Instant;
import java.util.Set;
import org.convene.shared.IdList;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One entry of a meeting's record; {@code restrictedTo} lists agency ids when its visibility is RESTRICTED; {@code subjectId}
 * names the child it is about, or is null when it is about the meeting's children as a whole.
 */
@Table("record_entry")
public record RecordEntry(@Id Long id, Long meetingId, EntryKind kind, Long agencyId, String text, Visibility visibility,
                          String restrictedTo, String writtenBy, Instant writtenAt, Long subjectId) {

    /** Its id only: what it holds can name a child, and this is what exception messages and logs quote. */
    @Override
    public String toString() {
        return "RecordEntry[id=" + id + "]";
    }

    public Set<Long> restrictedToAgencies() {
        return IdList.parse(restrictedTo);
    }
}
