package org.convene.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code convene.calendar.*}: the council's time zone, the hour of the working day at which dated reminders and
 * escalations go out, and bank holidays announced after this release.
 */
@ConfigurationProperties("convene.calendar")
public record CalendarProperties(
        @DefaultValue("Europe/London") ZoneId zone,
        @DefaultValue("9") int workingDayStartHour,
        @DefaultValue List<LocalDate> extraHolidays) {
}
