package org.convene.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The one way dates and times are written for people, in pages, mails and PDFs: in the council's time zone, as
 * GOV.UK writes them ("Friday 4 December 2026, 2:30pm"). Every template reaches it as {@code dates}.
 */
@Component
public class CouncilTime {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);
    private final ZoneId zone;

    CouncilTime(CalendarProperties calendar) {
        this.zone = calendar.zone();
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(zone));
    }

    public String time(Instant instant) {
        return instant == null ? "" : time(instant.atZone(zone).toLocalTime());
    }

    /** A time of day, as a weekly slot gives it: "10:00am". */
    public String time(LocalTime time) {
        return time == null ? "" : TIME.format(time).replace("AM", "am").replace("PM", "pm");
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : date(instant) + ", " + time(instant);
    }

    /** A month as figures are grouped by: "November 2026". */
    public String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** The council's calendar date of an instant. */
    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    public ZoneId zone() {
        return zone;
    }
}
