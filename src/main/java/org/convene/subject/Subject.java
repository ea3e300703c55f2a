package org.convene.subject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.convene.shared.InvalidRequestException;
import org.convene.shared.Text;
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

    /**
     * The children a new case names, as it will store them: each named (a name trimmed, an empty reference dropped), none
     * born after {@code today}; a problem is put at the form's {@code children}, saying what the case is ("concern").
     */
    public static List<Subject> namedChildren(List<Subject> children, LocalDate today, String theCase) {
        if (children == null || children.isEmpty() || children.stream().anyMatch(c -> c.name() == null || c.name().isBlank())) {
            throw new InvalidRequestException("children", "Name each child the " + theCase + " is about.");
        }
        if (children.stream().anyMatch(c -> c.dateOfBirth() != null && c.dateOfBirth().isAfter(today))) {
            throw new InvalidRequestException("children", "A child's date of birth cannot be in the future.");
        }
        return children.stream().map(c -> c.id() != null ? c : child(c.name().trim(), c.dateOfBirth(), Text.orNull(c.reference()))).toList();
    }

    /** In place of a subject the reader may not see, in a list of who was involved: its kind, with no name or id. */
    public static Subject withheld(SubjectKind kind) {
        return new Subject(null, kind, "Another " + kind.label().toLowerCase(Locale.ROOT), null, null, null, null, null);
    }

    Subject recordedBy(String username, Instant at) {
        return new Subject(id, kind, name, dateOfBirth, reference, localityId, username, at);
    }
}
