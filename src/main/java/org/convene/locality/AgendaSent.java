package org.convene.locality;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** That a date's agenda was fixed and sent to the members, and when; and the meeting that holds the date, convened then. */
@Table("locality_agenda_sent")
record AgendaSent(@Id Long id, long seriesId, LocalDate meetingDate, Instant sentAt, Long meetingId) {
}
