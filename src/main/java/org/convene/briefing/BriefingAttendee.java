package org.convene.briefing;

import org.springframework.data.relational.core.mapping.Table;

/** Someone recorded as at a day's briefing. */
@Table("daily_briefing_attendee")
record BriefingAttendee(long personId) {
}
