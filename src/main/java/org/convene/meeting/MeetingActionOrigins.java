package org.convene.meeting;

import java.util.Optional;
import org.convene.action.ActionOrigin;
import org.convene.directory.Directory;
import org.convene.subject.Subject;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the action pages which meeting set an action and whom it is about, the link only for those who may open it; and
 * the action module whether a meeting takes actions now.
 */
@Component
class MeetingActionOrigins implements ActionOrigin.Source {

    private final MeetingRepository meetings;
    private final MeetingKinds kinds;
    private final MeetingAccess access;
    private final Directory directory;

    MeetingActionOrigins(MeetingRepository meetings, MeetingKinds kinds, MeetingAccess access, Directory directory) {
        this.meetings = meetings;
        this.kinds = kinds;
        this.access = access;
        this.directory = directory;
    }

    @Override
    @Transactional(readOnly = true)
    public ActionOrigin originOf(long meetingId, String username) {
        return meetings.findById(meetingId).map(meeting -> {
            boolean visible = directory.personByUsername(username).map(person -> access.rights(person, meeting).view()).orElse(false);
            return new ActionOrigin(kinds.of(meeting.getType()).label() + " " + meeting.getId(), visible ? "/meetings/" + meeting.getId() : null,
                    kinds.subjectsOf(meeting).stream().map(Subject::name).toList());
        }).orElse(null);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> closedToActions(long meetingId) {
        return meetings.findById(meetingId).flatMap(meeting -> kinds.of(meeting.getType()).closedToRecording(meeting));
    }
}
