package org.convene.meeting;

import org.convene.directory.Person;
import org.convene.directory.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see a meeting: its chair, whoever raised the concern, admins, auditors, and anyone with an active
 * invitation, addressed to them or to their agency's inbox. Removing an invitation removes that access at once.
 */
@Component
class MeetingAccess {

    private final InvitationRepository invitations;

    MeetingAccess(InvitationRepository invitations) {
        this.invitations = invitations;
    }

    boolean canView(Person person, Meeting meeting) {
        return person.id().equals(meeting.getChairId()) || person.username().equals(meeting.getRaisedBy())
                || person.hasRole(Role.ADMIN) || person.hasRole(Role.AUDITOR) || isInvited(person, meeting);
    }

    boolean isChair(Person person, Meeting meeting) {
        return person.id().equals(meeting.getChairId()) || person.hasRole(Role.ADMIN);
    }

    boolean isInvited(Person person, Meeting meeting) {
        return invitations.findActiveByMeeting(meeting.getId()).stream().anyMatch(i ->
                person.id().equals(i.getPersonId()) || (i.getPersonId() == null && person.agencyId().equals(i.getAgencyId())));
    }
}
