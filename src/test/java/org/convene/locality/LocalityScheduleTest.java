package org.convene.locality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.convene.support.ConveneTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each date's referral cut-off (2 days before, as clock time) and agenda freeze (1 working day before), at their exact
 * moments, across Easter 2027: Good Friday 26 March, the clocks going forward on Sunday 28 March, Easter Monday 29 March.
 */
@ConveneTest
class LocalityScheduleTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired LocalitySchedule schedule;

    private final LocalitySeries tuesdays = LocalitySeries.of(1, 1, LocalDate.of(2027, 3, 2), LocalTime.of(10, 0), 90, "Civic Centre",
            Set.of(1L), "test", Instant.EPOCH);

    @Test
    void theMeetingAfterEasterFreezesOnTheThursdayBeforeGoodFridayAndClosesReferralsOnSundayAfterTheClocksChange() {
        Occurrence afterEaster = schedule.occurrence(tuesdays, LocalDate.of(2027, 3, 30), Map.of());
        assertThat(afterEaster.startsAt()).isEqualTo(at(2027, 3, 30, 10, 0));
        assertThat(afterEaster.agendaFreeze()).isEqualTo(at(2027, 3, 25, 10, 0));
        assertThat(afterEaster.referralCutOff()).isEqualTo(at(2027, 3, 28, 10, 0));
        assertThat(afterEaster.referralCutOff()).isEqualTo(Instant.parse("2027-03-28T09:00:00Z"));

        Occurrence ordinary = schedule.occurrence(tuesdays, LocalDate.of(2027, 3, 9), Map.of());
        assertThat(ordinary.agendaFreeze()).isEqualTo(at(2027, 3, 8, 10, 0));
        assertThat(ordinary.referralCutOff()).isEqualTo(at(2027, 3, 7, 10, 0));
    }

    @Test
    void aMovedDateKeepsItsOwnDeadlinesAndTheSeriesKeepsItsWeekday() {
        OccurrenceChange moved = new OccurrenceChange(1L, 1, LocalDate.of(2027, 3, 16), at(2027, 3, 17, 14, 0), at(2027, 3, 17, 15, 0), "Room 2",
                false, "Room taken", 1, "mo.manager", Instant.EPOCH, 0);
        Occurrence occurrence = schedule.occurrence(tuesdays, LocalDate.of(2027, 3, 16), Map.of(LocalDate.of(2027, 3, 16), moved));
        assertThat(occurrence.moved()).isTrue();
        assertThat(occurrence.location()).isEqualTo("Room 2");
        assertThat(occurrence.agendaFreeze()).isEqualTo(at(2027, 3, 16, 14, 0));
        assertThat(occurrence.referralCutOff()).isEqualTo(at(2027, 3, 15, 14, 0));

        assertThat(schedule.datesFrom(tuesdays, LocalDate.of(2027, 3, 10), 3))
                .containsExactly(LocalDate.of(2027, 3, 16), LocalDate.of(2027, 3, 23), LocalDate.of(2027, 3, 30));
        assertThat(schedule.datesFrom(tuesdays, LocalDate.of(2027, 3, 16), 1)).containsExactly(LocalDate.of(2027, 3, 16));
        assertThat(schedule.isDateOf(tuesdays, LocalDate.of(2027, 3, 23))).isTrue();
        assertThat(schedule.isDateOf(tuesdays, LocalDate.of(2027, 3, 24))).isFalse();
        assertThat(schedule.isDateOf(tuesdays, LocalDate.of(2027, 2, 23))).isFalse();
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDate.of(year, month, day).atTime(hour, minute).atZone(LONDON).toInstant();
    }
}
