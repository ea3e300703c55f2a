package org.convene.minutes;

import java.util.HashMap;
import java.util.Map;
import org.convene.directory.Person;
import org.convene.meeting.GuestAccess;
import org.convene.meeting.Invitation;
import org.convene.meeting.Meeting;
import org.convene.notification.MailTemplates;
import org.convene.notification.Outbox;
import org.springframework.stereotype.Component;

/**
 * The mails that minutes are ready: a link to the reader's own copy, nothing of its content (for an invitee without an
 * account, their own guest link to it). One that cannot be delivered becomes a task for the meeting's chair.
 */
@Component
class MinutesNotices {

    private final MailTemplates templates;
    private final Outbox outbox;
    private final GuestAccess guests;

    MinutesNotices(MailTemplates templates, Outbox outbox, GuestAccess guests) {
        this.templates = templates;
        this.outbox = outbox;
        this.guests = guests;
    }

    void minutesReady(long meetingId, int version, String recipient, Long chairId) {
        outbox.queue(templates.render("minutes-ready", recipient, Map.of("meetingId", meetingId, "version", version))
                .followedUpBy(chairId, "/meetings/" + meetingId));
    }

    /** For an invitee without an account: the guest link of their invitation, which opens their copy on the meeting papers page. */
    void minutesReadyForGuest(Meeting meeting, Invitation invitation) {
        outbox.queue(templates.render("minutes-ready", invitation.getEmail(), Map.of("meetingId", meeting.getId(),
                        "invitationId", invitation.getId(), "guestToken", guests.linkToken(meeting, invitation)))
                .followedUpBy(meeting.getChairId(), "/meetings/" + meeting.getId()));
    }

    /** For a referrer with no account in Convene: the meeting they referred has approved minutes, and whom to ask. */
    void minutesApprovedForReferrer(long meetingId, String recipient, Person chair) {
        Map<String, Object> model = new HashMap<>();
        if (chair != null) {
            model.put("chairName", chair.displayName());
            model.put("chairEmail", chair.email());
        }
        outbox.queue(templates.render("minutes-approved-for-referrer", recipient, model)
                .followedUpBy(chair == null ? null : chair.id(), "/meetings/" + meetingId));
    }
}
