package org.convene.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The arithmetic of working days, over any date in the years the shipped bank holidays cover. */
class WorkingDayCalendarProperties {

    /** The gate's searches draw the same dates every run; jqwik prints the seed with a failure. */
    private static final String SEED = "20261207";

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales(List.of());

    @Property(seed = SEED)
    void addingWorkingDaysLandsOnAWorkingDay(@ForAll("dates") LocalDate start, @ForAll @IntRange(min = -60, max = 60) int days) {
        Assume.that(days != 0);
        assertThat(calendar.isWorkingDay(calendar.addWorkingDays(start, days))).isTrue();
    }

    @Property(seed = SEED)
    void addingThenSubtractingReturnsToAWorkingDayStart(@ForAll("workingDays") LocalDate start, @ForAll @IntRange(min = 0, max = 60) int days) {
        assertThat(calendar.addWorkingDays(calendar.addWorkingDays(start, days), -days)).isEqualTo(start);
    }

    @Property(seed = SEED)
    void workingDaysBetweenUndoesAddition(@ForAll("dates") LocalDate start, @ForAll @IntRange(min = 1, max = 60) int days) {
        assertThat(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, days))).isEqualTo(days);
    }

    @Property(seed = SEED)
    void moreWorkingDaysIsAlwaysLater(@ForAll("dates") LocalDate start, @ForAll @IntRange(min = 1, max = 60) int days) {
        assertThat(calendar.addWorkingDays(start, days + 1)).isAfter(calendar.addWorkingDays(start, days));
    }

    @Property(seed = SEED)
    void addingWorkingDaysSkipsAtLeastAsManyCalendarDays(@ForAll("dates") LocalDate start, @ForAll @IntRange(min = 1, max = 60) int days) {
        assertThat(calendar.addWorkingDays(start, days)).isAfterOrEqualTo(start.plusDays(days));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(2019, 1, 1).toEpochDay(), LocalDate.of(2029, 10, 1).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<LocalDate> workingDays() {
        return dates().filter(calendar::isWorkingDay);
    }
}
