package org.convene.meeting;

import java.util.HashSet;
import java.util.Set;
import org.convene.access.AccessPolicy;
import org.convene.access.MeetingFacts;
import org.convene.access.MeetingRights;
import org.convene.directory.Person;
import org.springframework.stereotype.Component;

/**
 * A meeting's facts, as {@link AccessPolicy} decides on them: its chair, who asked for it, who its case lets see it,
 * and its active invitations. Removing an invitation removes that access at once.
 */
@Component
class MeetingAccess {

    private final InvitationRepository invitations;
    private final MeetingKinds kinds;
    private final AccessPolicy policy;

    MeetingAccess(InvitationRepository invitations, MeetingKinds kinds, AccessPolicy policy) {
        this.invitations = invitations;
        this.kinds = kinds;
        this.policy = policy;
    }

    MeetingRights rights(Person person, Meeting meeting) {
        Set<Long> people = new HashSet<>();
        Set<Long> agencies = new HashSet<>();
        for (Invitation invitation : invitations.findActiveByMeeting(meeting.getId())) {
            if (invitation.getPersonId() != null) {
                people.add(invitation.getPersonId());
            } else if (invitation.isToDutyInbox()) {
                agencies.add(invitation.getAgencyId());
            }
        }
        return policy.meeting(person, new MeetingFacts(meeting.getChairId(), meeting.getRequestedBy(),
                kinds.of(meeting.getType()).caseViewers(meeting.getCaseId()), meeting.isOpen(), people, agencies));
    }
}
