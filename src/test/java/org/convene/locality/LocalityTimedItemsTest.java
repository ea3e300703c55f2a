package org.convene.locality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.convene.directory.Directory;
import org.convene.shared.InvalidRequestException;
import org.convene.shared.NotFoundException;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Time-boxed items on a date's agenda: run one after another from the start, all within the meeting; the chair's alone. */
@ConveneTest
class LocalityTimedItemsTest {

    @Autowired LocalityService localities;
    @Autowired Directory directory;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;

    @Test
    void itemsRunInTurnFromTheStartAndMustFitInTheMeeting() {
        long locality = jdbc.queryForObject("insert into locality (name) values (?) returning id", Long.class, "Timed locality " + System.nanoTime());
        LocalDate first = time.today().plusDays(7).with(TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
        long seriesId = localities.create("ada.admin", new NewSeries(locality, id("mo.manager"), first, LocalTime.of(10, 0), 60, "Room 3",
                Set.of(id("sam.social")))).getId();

        localities.addTimedItem("mo.manager", seriesId, first, "Police update", 15);
        localities.addTimedItem("mo.manager", seriesId, first, "Theme: knife crime", 30);
        assertThatThrownBy(() -> localities.addTimedItem("mo.manager", seriesId, first, "Too long", 20))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("minutes"))
                .hasMessageContaining("65 minutes, longer than the 60-minute meeting");
        assertThatThrownBy(() -> localities.addTimedItem("mo.manager", seriesId, first, " ", 10))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> localities.addTimedItem("sam.social", seriesId, first, "Mine", 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> localities.addTimedItem("dan.sergeant", seriesId, first, "Mine", 10)).isInstanceOf(NotFoundException.class);

        List<LocalityService.TimedLine> items = localities.agenda("sam.social", seriesId, first).timedItems();
        Occurrence occurrence = localities.agenda("sam.social", seriesId, first).occurrence();
        assertThat(items).extracting(LocalityService.TimedLine::title).containsExactly("Police update", "Theme: knife crime");
        assertThat(items.get(0).from()).isEqualTo(occurrence.startsAt());
        assertThat(items.get(1).from()).isEqualTo(occurrence.startsAt().plus(Duration.ofMinutes(15)));
        assertThat(items.get(1).to()).isEqualTo(occurrence.startsAt().plus(Duration.ofMinutes(45)));

        assertThatThrownBy(() -> localities.removeTimedItem("sam.social", seriesId, first, items.get(0).id())).isInstanceOf(AccessDeniedException.class);
        localities.removeTimedItem("mo.manager", seriesId, first, items.get(0).id());
        assertThat(localities.agenda("sam.social", seriesId, first).timedItems()).extracting(LocalityService.TimedLine::from)
                .containsExactly(occurrence.startsAt());
        assertThatThrownBy(() -> localities.removeTimedItem("mo.manager", seriesId, first.plusWeeks(1), items.get(1).id()))
                .isInstanceOf(NotFoundException.class);
    }

    private long id(String username) {
        return directory.personByUsername(username).orElseThrow().id();
    }
}
