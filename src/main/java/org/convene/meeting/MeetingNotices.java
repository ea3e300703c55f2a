package org.convene.meeting;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.convene.calendar.CouncilTime;
import org.convene.directory.Person;
import org.convene.notification.Mail;
import org.convene.notification.MailTemplates;
import org.convene.notification.Outbox;
import org.convene.security.SignedLinks;
import org.convene.shared.Documents;
import org.springframework.stereotype.Component;

/**
 * The mails about a meeting. They give its time and place and links into Convene, never a child's name or the
 * concern. Someone invited without e-mail gets none: the organiser writes, calls or tells them, and records it. Invitations carry an iCalendar REQUEST (or CANCEL) and a link to answer without a password, signed for
 * that one invitation and valid until the meeting ends. A mail to an invitee that cannot be delivered becomes a task
 * for the chair; one to the chair or a manager, a task for its recipient.
 */
@Component
class MeetingNotices {

    static final String RSVP_PURPOSE = "rsvp";

    private final MailTemplates templates;
    private final Outbox outbox;
    private final CalendarInvites calendar;
    private final SignedLinks links;
    private final CouncilTime dates;
    private final MeetingKinds kinds;
    private final Documents documents;
    private final GuestAccess guests;

    MeetingNotices(MailTemplates templates, Outbox outbox, CalendarInvites calendar, SignedLinks links, CouncilTime dates, MeetingKinds kinds,
                   Documents documents, GuestAccess guests) {
        this.guests = guests;
        this.kinds = kinds;
        this.documents = documents;
        this.templates = templates;
        this.outbox = outbox;
        this.calendar = calendar;
        this.links = links;
        this.dates = dates;
    }

    /** The invitation, or its update when the invitee already has an earlier version in their calendar. */
    void invite(Meeting meeting, Invitation invitation) {
        if (!invitation.isByEmail()) {
            return;
        }
        Map<String, Object> model = model(meeting);
        model.put("rsvpToken", links.sign(RSVP_PURPOSE, String.valueOf(invitation.getId()), meeting.getEndsAt()));
        model.put("guestToken", guests.linkToken(meeting, invitation));
        model.put("invitationId", invitation.getId());
        String template = invitation.getSentSequence() >= 0 ? "meeting-updated" : "meeting-invitation";
        queue(meeting, templates.render(template, invitation.getEmail(), model).withCalendar("REQUEST", calendar.request(meeting, invitation)));
    }

    void cancelled(Meeting meeting, Invitation invitation) {
        if (!invitation.isByEmail()) {
            return;
        }
        queue(meeting, templates.render("meeting-cancelled", invitation.getEmail(), model(meeting)).withCalendar("CANCEL", calendar.cancel(meeting, invitation)));
    }

    /** The invitee was removed: their entry is cancelled, though the meeting goes ahead. */
    void cancelledFor(Meeting meeting, Invitation invitation) {
        if (!invitation.isByEmail()) {
            return;
        }
        queue(meeting, templates.render("meeting-invitation-withdrawn", invitation.getEmail(), model(meeting)).withCalendar("CANCEL", calendar.cancel(meeting, invitation)));
    }

    void reminder(Meeting meeting, Invitation invitation) {
        if (!invitation.isByEmail()) {
            return;
        }
        queue(meeting, templates.render("meeting-reminder", invitation.getEmail(), model(meeting)));
    }

    void requiredAgenciesNotAccepted(Meeting meeting, Person chair, String agencies) {
        Map<String, Object> model = model(meeting);
        model.put("agencies", agencies);
        outbox.queue(templates.render("meeting-required-not-accepted", chair.email(), model).followedUpBy(chair.id(), path(meeting)));
    }

    void notRecorded(Meeting meeting, Person chair) {
        outbox.queue(templates.render("meeting-not-recorded", chair.email(), model(meeting)).followedUpBy(chair.id(), path(meeting)));
    }

    void notConvenedInTime(Meeting meeting, Person manager) {
        outbox.queue(templates.render("meeting-not-convened", manager.email(), model(meeting)).followedUpBy(manager.id(), path(meeting)));
    }

    void minutesLate(Meeting meeting, Person manager) {
        outbox.queue(templates.render("minutes-late", manager.email(), model(meeting)).followedUpBy(manager.id(), path(meeting)));
    }

    /** The letter for someone without e-mail, as a PDF from the same markup as its page. */
    byte[] letterPdf(InvitationLetter letter) {
        return documents.pdf(documents.render("meeting/letter-document.ftlh", Map.of("letter", letter)));
    }

    Optional<Long> invitationOfLink(String token) {
        return links.verify(RSVP_PURPOSE, token).map(Long::parseLong);
    }

    private Map<String, Object> model(Meeting meeting) {
        Map<String, Object> model = new HashMap<>();
        model.put("meetingId", meeting.getId());
        model.put("kind", kinds.of(meeting.getType()).label().toLowerCase());
        if (meeting.getStartsAt() != null) {
            model.put("when", dates.dateTime(meeting.getStartsAt()));
            model.put("location", meeting.getLocation() == null ? "Online" : meeting.getLocation());
        }
        model.put("conveneBy", dates.dateTime(meeting.getConveneBy()));
        if (meeting.getMinutesDueBy() != null) {
            model.put("minutesDueBy", dates.dateTime(meeting.getMinutesDueBy()));
        }
        return model;
    }

    /** A mail to an invitee: if it cannot be delivered, the chair is asked to reach them another way. */
    private void queue(Meeting meeting, Mail mail) {
        outbox.queue(mail.followedUpBy(meeting.getChairId(), path(meeting)));
    }

    private static String path(Meeting meeting) {
        return "/meetings/" + meeting.getId();
    }
}
