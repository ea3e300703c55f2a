package org.convene.meeting;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A child the meeting concerns; siblings or a peer group are several, each with their own record. Stored apart from
 * the meeting so that its id never changes when the meeting does (records refer to it).
 */
@Table("meeting_child")
public record MeetingChild(@Id Long id, Long meetingId, String name, LocalDate dateOfBirth, String reference) {

    /** A child named in a concern, before it is stored. */
    public static MeetingChild named(String name, LocalDate dateOfBirth, String reference) {
        return new MeetingChild(null, null, name, dateOfBirth, reference);
    }

    MeetingChild of(long meetingId) {
        return new MeetingChild(null, meetingId, name, dateOfBirth, reference);
    }
}
