package org.convene.meeting;

import java.net.URI;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.SentBy;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The iCalendar entry sent with an invitation (RFC 5546): one UID per meeting, a REQUEST whose SEQUENCE rises with
 * every reschedule, and a CANCEL with the next SEQUENCE. It names no child: its title is neutral, and its description
 * is a link into Convene. The chair is its ORGANIZER, so that a reply from a calendar program reaches them; Convene's
 * own address sends it on their behalf (SENT-BY).
 */
@Component
class CalendarInvites {

    static final String SUMMARY = "Multi-agency meeting (Convene)";
    private final String sender;
    private final String baseUrl;
    private final Directory directory;

    CalendarInvites(@Value("${convene.mail.organizer:no-reply@convene.example}") String sender, @Value("${convene.base-url}") String baseUrl,
                    Directory directory) {
        this.sender = sender;
        this.baseUrl = baseUrl;
        this.directory = directory;
    }

    String request(Meeting meeting, Invitation invitation) {
        return calendar(ImmutableMethod.REQUEST, event(meeting, invitation)).toString();
    }

    String cancel(Meeting meeting, Invitation invitation) {
        VEvent event = event(meeting, invitation);
        event.add(ImmutableStatus.VEVENT_CANCELLED);
        return calendar(ImmutableMethod.CANCEL, event).toString();
    }

    static String uid(Meeting meeting) {
        return "meeting-" + meeting.getId() + "@convene";
    }

    private VEvent event(Meeting meeting, Invitation invitation) {
        String link = baseUrl + "/meetings/" + meeting.getId();
        VEvent event = new VEvent(meeting.getStartsAt(), meeting.getEndsAt(), SUMMARY);
        event.add(new Uid(uid(meeting)));
        event.add(new Sequence(meeting.getCalendarSequence()));
        event.add(organizer(meeting));
        Attendee attendee = new Attendee(URI.create("mailto:" + invitation.getEmail()));
        attendee.add(invitation.isRequired() ? Role.REQ_PARTICIPANT : Role.OPT_PARTICIPANT);
        attendee.add(PartStat.NEEDS_ACTION);
        attendee.add(Rsvp.TRUE);
        event.add(attendee);
        event.add(new Location(meeting.getLocation() != null ? meeting.getLocation() : "Online"));
        event.add(new Url(URI.create(link)));
        event.add(new Description("Details, the agenda and your answer: " + link
                + (meeting.getVirtualLink() != null ? "\nJoin online: " + meeting.getVirtualLink() : "")));
        return event;
    }

    private Organizer organizer(Meeting meeting) {
        Person chair = meeting.getChairId() == null ? null : directory.person(meeting.getChairId());
        if (chair == null) {
            return new Organizer(URI.create("mailto:" + sender));
        }
        Organizer organizer = new Organizer(URI.create("mailto:" + chair.email()));
        organizer.add(new Cn(chair.displayName()));
        organizer.add(new SentBy(URI.create("mailto:" + sender)));
        return organizer;
    }

    private static Calendar calendar(Method method, VEvent event) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Convene//Multi-agency meetings//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        calendar.add(event);
        return calendar;
    }
}
