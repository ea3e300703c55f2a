package org.convene.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An action's timer instants across weekends and bank holidays, at 9am council time (GMT or BST). */
class DeadlinesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final Deadlines deadlines = new Deadlines(WorkingDayCalendar.englandAndWales(List.of()),
            new CalendarProperties(LONDON, 9, List.of()));

    @Test
    void aReminderTwoWorkingDaysBeforeATuesdayAfterEasterFallsBeforeGoodFriday() {
        // Due Tuesday 7 April 2026; Good Friday 3 and Easter Monday 6 April are bank holidays
        assertThat(deadlines.before(LocalDate.of(2026, 4, 7), Timescale.of("2 working days")))
                .isEqualTo(at(2026, 4, 1));
        assertThat(deadlines.after(LocalDate.of(2026, 4, 2), Timescale.of("2 working days")))
                .isEqualTo(at(2026, 4, 8));
    }

    @Test
    void christmasAndNewYearAreSkipped() {
        LocalDate due = LocalDate.of(2026, 12, 29);
        assertThat(deadlines.before(due, Timescale.of("2 working days"))).isEqualTo(at(2026, 12, 23));
        assertThat(deadlines.after(due, Timescale.of("2 working days"))).isEqualTo(at(2026, 12, 31));
        assertThat(deadlines.after(due, Timescale.of("5 working days"))).isEqualTo(at(2027, 1, 6));
    }

    @Test
    void aWeekendDueDateEscalatesFromTheFollowingWeek() {
        // Saturday 28 November 2026
        assertThat(deadlines.after(LocalDate.of(2026, 11, 28), Timescale.of("2 working days"))).isEqualTo(at(2026, 12, 1));
    }

    @Test
    void overdueStartsAtMidnightCouncilTimeAfterTheDueDate() {
        assertThat(deadlines.endOf(LocalDate.of(2026, 7, 1))).isEqualTo(Instant.parse("2026-07-01T23:00:00Z"));
        assertThat(deadlines.endOf(LocalDate.of(2026, 1, 5))).isEqualTo(Instant.parse("2026-01-06T00:00:00Z"));
    }

    @Test
    void hourAndDayTimescalesCountFromTheStartOfTheWorkingDay() {
        assertThat(deadlines.after(LocalDate.of(2026, 11, 20), Timescale.of("72 hours"))).isEqualTo(at(2026, 11, 23));
        assertThat(deadlines.after(LocalDate.of(2026, 11, 20), Timescale.of("1 week"))).isEqualTo(at(2026, 11, 27));
    }

    private static Instant at(int year, int month, int day) {
        return ZonedDateTime.of(year, month, day, 9, 0, 0, 0, LONDON).toInstant();
    }
}
