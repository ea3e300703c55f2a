package org.convene.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Service;

/**
 * Turns a date and a configured timescale into the instant a timer fires. Dated reminders and escalations go out
 * at the start of the working day ({@code convene.calendar.working-day-start-hour}, council time).
 */
@Service
public class Deadlines {

    private final WorkingDayCalendar calendar;
    private final CalendarProperties properties;

    Deadlines(WorkingDayCalendar calendar, CalendarProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    /** The start of the working day {@code timescale} after {@code date} (for hours: that many hours after its start). */
    public Instant after(LocalDate date, Timescale timescale) {
        return shift(date, timescale, 1);
    }

    /** The start of the working day {@code timescale} before {@code date}. */
    public Instant before(LocalDate date, Timescale timescale) {
        return shift(date, timescale, -1);
    }

    /** The start of the working day on {@code date}. */
    public Instant startOf(LocalDate date) {
        return startOfDay(date).toInstant();
    }

    /** The first moment of the day after {@code date}, council time: when something due on {@code date} is overdue. */
    public Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(properties.zone()).toInstant();
    }

    /**
     * {@code timescale} after an instant: working days keep the time of day (a concern raised at 15:10 on Friday is
     * due at 15:10 on Monday); hours, days, weeks and months are added as they are.
     */
    public Instant after(Instant instant, Timescale timescale) {
        return shift(instant, timescale, 1);
    }

    /** {@code timescale} before an instant (a reminder the working day before a meeting, at the same time). */
    public Instant before(Instant instant, Timescale timescale) {
        return shift(instant, timescale, -1);
    }

    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(properties.zone()));
    }

    private Instant shift(LocalDate date, Timescale timescale, int direction) {
        int amount = timescale.amount() * direction;
        ZonedDateTime start = startOfDay(date);
        return switch (timescale.unit()) {
            case WORKING_DAYS -> startOfDay(calendar.addWorkingDays(date, amount)).toInstant();
            case HOURS -> start.plusHours(amount).toInstant();
            case DAYS -> start.plusDays(amount).toInstant();
            case WEEKS -> start.plusWeeks(amount).toInstant();
            case MONTHS -> start.plusMonths(amount).toInstant();
        };
    }

    private Instant shift(Instant instant, Timescale timescale, int direction) {
        int amount = timescale.amount() * direction;
        ZonedDateTime at = instant.atZone(properties.zone());
        return switch (timescale.unit()) {
            case WORKING_DAYS -> calendar.addWorkingDays(at.toLocalDate(), amount).atTime(at.toLocalTime()).atZone(properties.zone()).toInstant();
            case HOURS -> at.plusHours(amount).toInstant();
            case DAYS -> at.plusDays(amount).toInstant();
            case WEEKS -> at.plusWeeks(amount).toInstant();
            case MONTHS -> at.plusMonths(amount).toInstant();
        };
    }

    private ZonedDateTime startOfDay(LocalDate date) {
        return date.atTime(properties.workingDayStartHour(), 0).atZone(properties.zone());
    }
}
