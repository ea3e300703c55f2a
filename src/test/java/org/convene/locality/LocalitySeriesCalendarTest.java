package org.convene.locality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.shared.ConflictException;
import org.convene.shared.InvalidRequestException;
import org.convene.shared.NotFoundException;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A locality's series in its members' calendars, parsed back as a calendar program would: one weekly recurring event
 * that keeps its time of day when the clocks change, a date moved as an exception to it, and a date cancelled as a
 * cancellation of that date alone.
 */
@ConveneTest
class LocalitySeriesCalendarTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter ICAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    @Autowired LocalityService localities;
    @Autowired TimeMachine time;
    @Autowired LocalityCalendar calendar;
    @Autowired OccurrenceChangeRepository changes;
    @Autowired Directory directory;
    @Autowired JdbcTemplate jdbc;

    private Person sam;
    private Person pat;
    private long seriesId;
    /** A Tuesday two weeks before the clocks next change, at least a week from today (the shared clock moves). */
    private LocalDate first;

    @BeforeEach
    void aSeriesOfItsOwn() {
        sam = directory.personByUsername("sam.social").orElseThrow();
        pat = directory.personByUsername("pat.police").orElseThrow();
        Instant change = LONDON.getRules().nextTransition(time.now().plus(Duration.ofDays(21))).getInstant();
        first = change.atZone(LONDON).toLocalDate().minusDays(12).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
        long locality = jdbc.queryForObject("insert into locality (name) values (?) returning id", Long.class, "Test locality " + System.nanoTime());
        seriesId = localities.create("ada.admin", new NewSeries(locality, directory.personByUsername("mo.manager").orElseThrow().id(), first,
                LocalTime.of(10, 0), 90, "Civic Centre, room 4", Set.of(sam.id(), pat.id()))).getId();
    }

    @Test
    void everyMemberIsInvitedOnceToEveryDateByOneWeeklyEventThatKeepsItsTimeWhenTheClocksChange() throws Exception {
        Map<String, Object> mail = latestMail(sam);
        assertThat(mail.get("subject")).isEqualTo("Locality meeting, " + localityName() + ": every Tuesday at 10:00am");
        assertThat(mail.get("calendar_method")).isEqualTo("REQUEST");
        Calendar ics = parse(mail);
        VEvent series = (VEvent) ics.getComponents("VEVENT").getFirst();
        assertThat(ics.getComponents("VTIMEZONE")).isNotEmpty();
        assertThat(series.getProperty("UID").orElseThrow().getValue()).isEqualTo("locality-series-" + seriesId + "@convene");
        assertThat(series.getProperty("RRULE").orElseThrow().getValue()).isEqualTo("FREQ=WEEKLY;INTERVAL=1;BYDAY=TU");
        assertThat(series.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/London");
        assertThat(series.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("0");
        assertThat(series.getProperty("ATTENDEE").orElseThrow().getValue()).isEqualTo("mailto:" + sam.email());

        Set<ZonedDateTime> starts = series.<ZonedDateTime>calculateRecurrenceSet(new Period<>(first.atStartOfDay(LONDON),
                        first.plusWeeks(3).plusDays(1).atStartOfDay(LONDON))).stream().map(period -> ZonedDateTime.from(period.getStart()))
                .collect(Collectors.toSet());
        // Four Tuesdays at 10:00 council time, two on each side of the clocks changing: their UTC offsets differ.
        assertThat(starts).extracting(start -> start.withZoneSameInstant(LONDON).toLocalDateTime()).containsExactlyInAnyOrder(
                first.atTime(10, 0), first.plusWeeks(1).atTime(10, 0), first.plusWeeks(2).atTime(10, 0), first.plusWeeks(3).atTime(10, 0));
        assertThat(starts.stream().map(start -> start.withZoneSameInstant(LONDON).getOffset()).collect(Collectors.toSet())).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where recipient = ? and body_text like ?", Integer.class, sam.email(),
                "%/localities/" + seriesId + "\n%")).isEqualTo(1);
    }

    @Test
    void aDateMovedIsAnExceptionToTheSeriesAndADateCancelledIsCancelledAlone() throws Exception {
        LocalDate moved = first.plusWeeks(1);
        ZonedDateTime newStart = moved.plusDays(1).atTime(14, 0).atZone(LONDON);
        Occurrence occurrence = localities.move("mo.manager", seriesId, moved, newStart.toInstant(), newStart.plusHours(1).toInstant(), null,
                "The room is taken");
        assertThat(occurrence.moved()).isTrue();
        assertThat(occurrence.startsAt()).isEqualTo(newStart.toInstant());

        Map<String, Object> moveMail = latestMail(pat);
        assertThat(moveMail.get("calendar_method")).isEqualTo("REQUEST");
        VEvent exception = (VEvent) parse(moveMail).getComponents("VEVENT").getFirst();
        assertThat(exception.getProperty("UID").orElseThrow().getValue()).isEqualTo("locality-series-" + seriesId + "@convene");
        assertThat(exception.getProperty("RECURRENCE-ID").orElseThrow().getValue()).isEqualTo(ICAL.format(moved.atTime(10, 0)));
        assertThat(exception.getProperty("RECURRENCE-ID").orElseThrow().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/London");
        assertThat(exception.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo(ICAL.format(newStart.toLocalDateTime()));
        assertThat(exception.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");
        assertThat(exception.getProperty("RRULE")).isEmpty();

        LocalDate cancelled = first.plusWeeks(2);
        localities.cancel("mo.manager", seriesId, cancelled, "Easter week");
        Map<String, Object> cancelMail = latestMail(pat);
        assertThat(cancelMail.get("calendar_method")).isEqualTo("CANCEL");
        Calendar cancellation = parse(cancelMail);
        assertThat(cancellation.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent one = (VEvent) cancellation.getComponents("VEVENT").getFirst();
        assertThat(one.getProperty("RECURRENCE-ID").orElseThrow().getValue()).isEqualTo(ICAL.format(cancelled.atTime(10, 0)));
        assertThat(one.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(one.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("2");

        // Sent whole to someone joining later, the series carries both changes.
        LocalitySeries series = localities.read("mo.manager", seriesId).series();
        Calendar whole = new CalendarBuilder().build(new StringReader(calendar.series(series, changes.findBySeriesId(seriesId), sam)));
        List<VEvent> events = whole.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
        assertThat(events).hasSize(2);
        assertThat(events.getFirst().getProperty("EXDATE").orElseThrow().getValue()).isEqualTo(ICAL.format(cancelled.atTime(10, 0)));
        assertThat(events.get(1).getProperty("RECURRENCE-ID").orElseThrow().getValue()).isEqualTo(ICAL.format(moved.atTime(10, 0)));

        assertThat(localities.read("sam.social", seriesId).dates()).extracting(Occurrence::originalDate, Occurrence::moved, Occurrence::cancelled)
                .startsWith(org.assertj.core.groups.Tuple.tuple(first, false, false), org.assertj.core.groups.Tuple.tuple(moved, true, false),
                        org.assertj.core.groups.Tuple.tuple(cancelled, false, true));
        assertThat(audit()).containsExactly("locality.series-created", "locality.date-moved", "locality.date-cancelled");
    }

    @Test
    void onlyTheChairChangesADateAndOnlyAComingDateOfTheSeries() {
        assertThatThrownBy(() -> localities.cancel("sam.social", seriesId, first, "Not mine")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> localities.cancel("ellen.education", seriesId, first, "Not mine")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> localities.cancel("mo.manager", seriesId, first.plusDays(1), "Not a date")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> localities.cancel("mo.manager", seriesId, first, " ")).isInstanceOf(InvalidRequestException.class);
        localities.cancel("mo.manager", seriesId, first, "Room flooded");
        assertThatThrownBy(() -> localities.cancel("mo.manager", seriesId, first, "Again")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> localities.move("mo.manager", seriesId, first.plusWeeks(1), first.atTime(9, 0).atZone(LONDON).toInstant(),
                first.atTime(8, 0).atZone(LONDON).toInstant(), null, "Earlier")).isInstanceOf(InvalidRequestException.class);
        assertThat(audit()).containsExactly("locality.series-created", "locality.date-cancelled");
    }

    private String localityName() {
        return localities.read("mo.manager", seriesId).locality().name();
    }

    private Map<String, Object> latestMail(Person person) {
        return jdbc.queryForMap("select * from outbox_mail where recipient = ? and body_text like ? order by id desc limit 1", person.email(),
                "%/localities/" + seriesId + "\n%");
    }

    private static Calendar parse(Map<String, Object> mail) throws Exception {
        return new CalendarBuilder().build(new StringReader((String) mail.get("calendar_ics")));
    }

    private List<String> audit() {
        return jdbc.queryForList("select action from audit_event where entity_type = 'locality-series' and entity_id = ? order by seq", String.class,
                String.valueOf(seriesId));
    }
}
