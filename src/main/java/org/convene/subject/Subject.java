package org.convene.subject;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A child, a peer group or a location that cases and meetings are about. A child has a date of birth and the council's
 * case-system reference; a location and a child may belong to a locality.
 */
@Table("subject")
public record Subject(@Id Long id, SubjectKind kind, String name, LocalDate dateOfBirth, String reference, Long localityId,
                      String createdBy, Instant createdAt) {

    /** Its id only: what it holds can name a child, and this is what exception messages and logs quote. */
    @Override
    public String toString() {
        return "Subject[id=" + id + "]";
    }

    /** A child named in a referral, before it is stored. */
    public static Subject child(String name, LocalDate dateOfBirth, String reference) {
        return new Subject(null, SubjectKind.CHILD, name, dateOfBirth, reference, null, null, null);
    }

    Subject recordedBy(String username, Instant at) {
        return new Subject(id, kind, name, dateOfBirth, reference, localityId, username, at);
    }
}
