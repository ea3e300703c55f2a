package org.convene.locality;

import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.SentBy;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.convene.calendar.CouncilTime;
import org.convene.directory.Directory;
import org.convene.directory.Locality;
import org.convene.directory.Person;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A locality series in members' calendars (RFC 5545/5546): one recurring event (a weekly RRULE from its first date, in
 * the council's time zone so that it keeps its time of day when the clocks change), and each date moved or cancelled as
 * an exception to it (the same UID, that date's RECURRENCE-ID, a higher SEQUENCE), never as a new event. The whole
 * series, sent to someone who joins later, carries its cancelled dates as EXDATEs and its moved ones as exceptions. It
 * names no child: the title is the locality's, the description a link into Convene.
 */
@Component
class LocalityCalendar {

    private final String sender;
    private final String baseUrl;
    private final Directory directory;
    private final LocalitySchedule schedule;
    private final CouncilTime dates;

    LocalityCalendar(@Value("${convene.mail.organizer:no-reply@convene.example}") String sender, @Value("${convene.base-url}") String baseUrl,
                     Directory directory, LocalitySchedule schedule, CouncilTime dates) {
        this.sender = sender;
        this.baseUrl = baseUrl;
        this.directory = directory;
        this.schedule = schedule;
        this.dates = dates;
    }

    static String uid(LocalitySeries series) {
        return "locality-series-" + series.getId() + "@convene";
    }

    static String summary(Locality locality) {
        return "Locality meeting: " + locality.name() + " (Convene)";
    }

    /** The series as a whole: the recurring event, its cancelled dates excluded, its moved dates as exceptions. */
    String series(LocalitySeries series, List<OccurrenceChange> changes, Person member) {
        ZonedDateTime first = series.getFirstDate().atTime(series.getStartsAtTime()).atZone(zone());
        VEvent master = event(series, first, first.plusMinutes(series.getMinutes()), series.getLocation(), series.getCalendarSequence(), member);
        master.add(new RRule<ZonedDateTime>("FREQ=WEEKLY;INTERVAL=" + schedule.cadenceWeeks() + ";BYDAY="
                + series.getWeekday().name().substring(0, 2)));
        Calendar calendar = calendar(ImmutableMethod.REQUEST, master);
        for (OccurrenceChange change : changes) {
            if (change.cancelled()) {
                master.add(new ExDate<>(new DateList<>(schedule.originalStart(series, change.originalDate()).atZone(zone()))));
            } else {
                calendar.add(moved(series, change, member));
            }
        }
        return calendar.toString();
    }

    /** One date moved (REQUEST) or cancelled (CANCEL), as an exception to the series. */
    String exception(LocalitySeries series, OccurrenceChange change, Person member) {
        if (change.cancelled()) {
            ZonedDateTime original = schedule.originalStart(series, change.originalDate()).atZone(zone());
            VEvent event = event(series, original, original.plusMinutes(series.getMinutes()), series.getLocation(), change.sequence(), member);
            event.add(new RecurrenceId<>(original));
            event.add(ImmutableStatus.VEVENT_CANCELLED);
            return calendar(ImmutableMethod.CANCEL, event).toString();
        }
        return calendar(ImmutableMethod.REQUEST, moved(series, change, member)).toString();
    }

    private VEvent moved(LocalitySeries series, OccurrenceChange change, Person member) {
        ZonedDateTime original = schedule.originalStart(series, change.originalDate()).atZone(zone());
        VEvent event = event(series, change.startsAt().atZone(zone()), change.endsAt().atZone(zone()),
                change.location() != null ? change.location() : series.getLocation(), change.sequence(), member);
        event.add(new RecurrenceId<>(original));
        return event;
    }

    private VEvent event(LocalitySeries series, ZonedDateTime start, ZonedDateTime end, String location, int sequence, Person member) {
        Locality locality = directory.findLocality(series.getLocalityId()).orElseThrow();
        String link = baseUrl + "/localities/" + series.getId();
        VEvent event = new VEvent(start.truncatedTo(ChronoUnit.SECONDS), end.truncatedTo(ChronoUnit.SECONDS), summary(locality));
        event.add(new Uid(uid(series)));
        event.add(new Sequence(sequence));
        Person chair = directory.person(series.getChairId());
        Organizer organizer = new Organizer(URI.create("mailto:" + chair.email()));
        organizer.add(new Cn(chair.displayName()));
        organizer.add(new SentBy(URI.create("mailto:" + sender)));
        event.add(organizer);
        Attendee attendee = new Attendee(URI.create("mailto:" + member.email()));
        attendee.add(Role.REQ_PARTICIPANT);
        attendee.add(PartStat.NEEDS_ACTION);
        attendee.add(Rsvp.TRUE);
        event.add(attendee);
        event.add(new Location(location));
        event.add(new Url(URI.create(link)));
        event.add(new Description("The meeting's dates, agendas and referrals: " + link));
        return event;
    }

    private Calendar calendar(Method method, VEvent event) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Convene//Locality meetings//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        calendar.add(TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(zone().getId()).getVTimeZone());
        calendar.add(event);
        return calendar;
    }

    private ZoneId zone() {
        return dates.zone();
    }
}
