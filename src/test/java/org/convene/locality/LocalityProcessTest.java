package org.convene.locality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * bpmn/locality-meeting.bpmn: each date's agenda is fixed and sent to the chair and members at its freeze, once; a date
 * moved takes its freeze with it, and a date cancelled sends none; by moving the engine's clock (and Convene's).
 */
@ConveneTest
class LocalityProcessTest {

    @Autowired LocalityService localities;
    @Autowired Directory directory;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;

    @Test
    void eachAgendaIsSentAtItsFreezeOnceAndAMovedDateTakesItsFreezeWithIt() {
        Person sam = directory.personByUsername("sam.social").orElseThrow();
        long locality = jdbc.queryForObject("insert into locality (name) values (?) returning id", Long.class, "Process locality " + System.nanoTime());
        LocalDate first = time.today().plusDays(7).with(TemporalAdjusters.next(java.time.DayOfWeek.WEDNESDAY));
        long seriesId = localities.create("ada.admin", new NewSeries(locality, directory.personByUsername("mo.manager").orElseThrow().id(), first,
                LocalTime.of(10, 0), 90, "Room 1", Set.of(sam.id()))).getId();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select process_instance_key is not null from locality_series where id = ?", Boolean.class, seriesId));
        List<Occurrence> dates = localities.read("sam.social", seriesId).dates();
        Occurrence one = dates.get(0);
        Occurrence two = dates.get(1);
        Occurrence three = dates.get(2);

        // The second date moves a day later, the third is cancelled.
        localities.move("mo.manager", seriesId, two.originalDate(), two.startsAt().plus(Duration.ofDays(1)), two.endsAt().plus(Duration.ofDays(1)),
                null, "Room taken");
        localities.cancel("mo.manager", seriesId, three.originalDate(), "Away day");

        time.advanceTo(one.agendaFreeze().minus(Duration.ofMinutes(2)));
        assertThat(agendaMails(sam, seriesId)).isEmpty();
        time.advanceTo(one.agendaFreeze());
        await().atMost(Duration.ofSeconds(20)).until(() -> agendaMails(sam, seriesId).size() == 1);
        assertThat(agendaMails(sam, seriesId).getFirst()).contains("/dates/" + one.originalDate());

        time.advanceTo(two.agendaFreeze());
        assertThat(agendaMails(sam, seriesId)).hasSize(1);
        Occurrence moved = localities.read("sam.social", seriesId).dates().stream().filter(o -> o.originalDate().equals(two.originalDate()))
                .findFirst().orElseThrow();
        assertThat(moved.agendaFreeze()).isAfter(two.agendaFreeze());
        time.advanceTo(moved.agendaFreeze());
        await().atMost(Duration.ofSeconds(20)).until(() -> agendaMails(sam, seriesId).size() == 2);
        assertThat(agendaMails(sam, seriesId).get(1)).contains("/dates/" + two.originalDate());

        time.advanceTo(three.agendaFreeze().plus(Duration.ofHours(1)));
        LocalDate fourth = three.originalDate().plusWeeks(1);
        assertThat(agendaMails(sam, seriesId)).hasSize(2);
        assertThat(jdbc.queryForList("select meeting_date from locality_agenda_sent where series_id = ? order by meeting_date", LocalDate.class, seriesId))
                .containsExactly(one.originalDate(), two.originalDate());
        assertThat(localities.agenda("sam.social", seriesId, one.originalDate()).sentAt()).isNotNull();
        assertThat(localities.agenda("sam.social", seriesId, fourth).sentAt()).isNull();
    }

    private List<String> agendaMails(Person person, long seriesId) {
        return jdbc.queryForList("select body_text from outbox_mail where recipient = ? and subject like '%: the agenda for%' and body_text like ? "
                + "order by id", String.class, person.email(), "%/localities/" + seriesId + "/dates/%");
    }
}
