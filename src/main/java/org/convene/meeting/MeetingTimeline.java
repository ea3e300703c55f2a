package org.convene.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.convene.action.Action;
import org.convene.action.ActionService;
import org.convene.calendar.CouncilTime;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.subject.CaseRef;
import org.convene.subject.TimelineEntry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A subject's meetings, and the actions they set, on the subject's page: those of every case about the subject that the
 * reader may see. Open actions come first on the page: that is how they are carried forward to the next meeting.
 */
@Component
class MeetingTimeline implements TimelineEntry.Source {

    private final MeetingRepository meetings;
    private final MeetingKinds kinds;
    private final MeetingAccess access;
    private final ActionService actions;
    private final Directory directory;
    private final CouncilTime dates;

    MeetingTimeline(MeetingRepository meetings, MeetingKinds kinds, MeetingAccess access, ActionService actions,
                    Directory directory, CouncilTime dates) {
        this.meetings = meetings;
        this.kinds = kinds;
        this.access = access;
        this.actions = actions;
        this.directory = directory;
        this.dates = dates;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> entriesAbout(List<CaseRef> cases, String username) {
        Person reader = directory.personByUsername(username).orElse(null);
        if (reader == null) {
            return List.of();
        }
        List<Meeting> about = cases.stream().flatMap(c -> meetings.findByCase(c.caseType(), c.caseId()).stream()
                .collect(Collectors.groupingBy(Meeting::getType)).entrySet().stream()
                .flatMap(ofKind -> kinds.of(ofKind.getKey()).about(c.subjectId(), ofKind.getValue()).stream())).toList();
        List<TimelineEntry> entries = new ArrayList<>();
        for (Meeting meeting : about) {
            if (access.rights(reader, meeting).view()) {
                String label = kinds.of(meeting.getType()).label();
                entries.add(new TimelineEntry(meeting.getStartsAt() != null ? meeting.getStartsAt() : meeting.getRequestedAt(), label,
                        label + (meeting.getStartsAt() != null ? ", " + dates.dateTime(meeting.getStartsAt()) : ", not yet convened")
                                + " (" + meeting.getStatus().name().toLowerCase().replace('_', ' ') + ")",
                        "/meetings/" + meeting.getId(), false));
            }
        }
        for (Action action : actions.setAt(username, about.stream().map(Meeting::getId).toList())) {
            entries.add(new TimelineEntry(action.getRaisedAt(), "Action", action.getTitle() + ", due " + dates.date(action.getDueDate())
                    + " (" + action.getStatus().name().toLowerCase() + ")", "/actions/" + action.getId(), action.isOpen()));
        }
        return entries;
    }
}
