package org.convene.locality;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An action set at a date of a locality's meeting about one subject. */
@Table("locality_subject_action")
record SubjectAction(@Id Long id, long seriesId, LocalDate meetingDate, long subjectId, long actionId) {
}
