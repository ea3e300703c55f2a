package org.convene.locality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convene.calendar.CouncilTime;
import org.convene.directory.Directory;
import org.convene.directory.Locality;
import org.convene.directory.Person;
import org.convene.notification.Mail;
import org.convene.notification.MailTemplates;
import org.convene.notification.Outbox;
import org.springframework.stereotype.Component;

/**
 * The mails of a locality's series, each with its calendar part: the invitation to the whole series, and a date moved
 * or cancelled. They name the locality and the times, never a child. One that cannot be delivered becomes a task for
 * the series' chair.
 */
@Component
class LocalityNotices {

    private final MailTemplates templates;
    private final Outbox outbox;
    private final LocalityCalendar calendar;
    private final LocalitySchedule schedule;
    private final Directory directory;
    private final CouncilTime dates;

    LocalityNotices(MailTemplates templates, Outbox outbox, LocalityCalendar calendar, LocalitySchedule schedule, Directory directory,
                    CouncilTime dates) {
        this.templates = templates;
        this.outbox = outbox;
        this.calendar = calendar;
        this.schedule = schedule;
        this.directory = directory;
        this.dates = dates;
    }

    void invited(LocalitySeries series, List<OccurrenceChange> changes, Person member) {
        Map<String, Object> model = model(series);
        model.put("weekday", series.weekdayName());
        model.put("time", dates.time(series.getStartsAtTime()));
        model.put("firstDate", dates.date(series.getFirstDate()));
        model.put("location", series.getLocation());
        model.put("everyWeeks", schedule.cadenceWeeks());
        queue(series, templates.render("locality-series-invitation", member.email(), model)
                .withCalendar("REQUEST", calendar.series(series, changes, member)));
    }

    void changed(LocalitySeries series, OccurrenceChange change, Person member) {
        Map<String, Object> model = model(series);
        model.put("originalStart", dates.dateTime(schedule.originalStart(series, change.originalDate())));
        if (change.cancelled()) {
            queue(series, templates.render("locality-occurrence-cancelled", member.email(), model)
                    .withCalendar("CANCEL", calendar.exception(series, change, member)));
        } else {
            model.put("newStart", dates.dateTime(change.startsAt()));
            model.put("location", change.location() != null ? change.location() : series.getLocation());
            queue(series, templates.render("locality-occurrence-moved", member.email(), model)
                    .withCalendar("REQUEST", calendar.exception(series, change, member)));
        }
    }

    void agendaReady(LocalitySeries series, Occurrence occurrence, Person member) {
        Map<String, Object> model = model(series);
        model.put("startsAt", dates.dateTime(occurrence.startsAt()));
        model.put("date", occurrence.originalDate().toString());
        queue(series, templates.render("locality-agenda-ready", member.email(), model));
    }

    private Map<String, Object> model(LocalitySeries series) {
        Locality locality = directory.findLocality(series.getLocalityId()).orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("locality", locality.name());
        model.put("seriesId", series.getId());
        return model;
    }

    private void queue(LocalitySeries series, Mail mail) {
        outbox.queue(mail.followedUpBy(series.getChairId(), "/localities/" + series.getId()));
    }
}
