package org.convene.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales(List.of());

    @Test
    void oneWorkingDayAfterFridayIsMonday() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 20), 1)).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void easterSkipsGoodFridayAndEasterMonday() {
        // Thursday 2 April 2026; Good Friday 3 April, Easter Monday 6 April
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 4, 2), 1)).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 4, 7), -1)).isEqualTo(LocalDate.of(2026, 4, 2));
    }

    @Test
    void christmasSkipsTheSubstituteBoxingDay() {
        // Christmas 2026 is a Friday; Boxing Day falls on Saturday, so Monday 28 December is the substitute
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();
    }

    @Test
    void newYearAndItsSubstituteDays() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
        // 1 January 2022 was a Saturday: Monday 3 January was the bank holiday
        assertThat(calendar.isWorkingDay(LocalDate.of(2022, 1, 3))).isFalse();
    }

    @Test
    void christmas2027FallsOnASaturdaySoBothSubstitutesAreTheFollowingWeek() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 12, 27))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 12, 28))).isFalse();
        assertThat(calendar.addWorkingDays(LocalDate.of(2027, 12, 24), 1)).isEqualTo(LocalDate.of(2027, 12, 29));
    }

    @Test
    void oneOffBankHolidaysAreIncluded() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2022, 9, 19))).as("State funeral").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 5, 8))).as("Coronation").isFalse();
    }

    @Test
    void extraHolidaysFromConfigurationAreWorkingDaysNoMore() {
        LocalDate announced = LocalDate.of(2027, 6, 7);
        WorkingDayCalendar extended = WorkingDayCalendar.englandAndWales(List.of(announced));
        assertThat(calendar.isWorkingDay(announced)).isTrue();
        assertThat(extended.isWorkingDay(announced)).isFalse();
    }

    @Test
    void oneWorkingDayAfterAWeekendDayIsTheNextWorkingDay() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 21), 1)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 21), 0)).isEqualTo(LocalDate.of(2026, 11, 21));
    }

    @Test
    void workingDaysBetweenCountsTheDaysAfterTheStart() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 27))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 20))).isEqualTo(-5);
    }
}
