package org.convene.meeting;

import org.convene.action.ActionOrigin;
import org.convene.directory.Directory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the action pages which meeting set an action and whom it is about; the link only for those who may open it. */
@Component
class MeetingActionOrigins implements ActionOrigin.Source {

    private final MeetingRepository meetings;
    private final MeetingChildRepository children;
    private final MeetingAccess access;
    private final Directory directory;

    MeetingActionOrigins(MeetingRepository meetings, MeetingChildRepository children, MeetingAccess access, Directory directory) {
        this.meetings = meetings;
        this.children = children;
        this.access = access;
        this.directory = directory;
    }

    @Override
    @Transactional(readOnly = true)
    public ActionOrigin originOf(long meetingId, String username) {
        return meetings.findById(meetingId).map(meeting -> {
            boolean visible = directory.personByUsername(username).map(person -> access.rights(person, meeting).view()).orElse(false);
            return new ActionOrigin(meeting.getType().label() + " " + meeting.getId(), visible ? "/meetings/" + meeting.getId() : null,
                    children.findByMeetingIdOrderById(meetingId).stream().map(MeetingChild::name).toList());
        }).orElse(null);
    }
}
