package org.convene.meeting;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.convene.audit.AuditTrail;
import org.convene.shared.ConflictException;
import org.convene.shared.Documents;
import org.convene.shared.InvalidRequestException;
import org.convene.shared.Limits;
import org.convene.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's agenda: the standard items of its kind, from the template its {@link MeetingKind} names, written when it
 * is convened; the chair adds, changes and removes items until the meeting starts. Invitees read it, and print it as PDF.
 */
@Service
public class Agenda {

    private final AgendaItemRepository items;
    private final MeetingKinds kinds;
    private final Documents documents;
    private final AuditTrail audit;
    private final Clock clock;

    Agenda(AgendaItemRepository items, MeetingKinds kinds, Documents documents, AuditTrail audit, Clock clock) {
        this.items = items;
        this.kinds = kinds;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void writeStandardItems(Meeting meeting) {
        List<String> lines = documents.render(kinds.of(meeting.getType()).agendaTemplate(),
                        Map.of("subjectCount", kinds.subjectsOf(meeting).size()))
                .lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
        items.saveAll(IntStream.range(0, lines.size()).mapToObj(i -> new AgendaItem(null, meeting.getId(), i + 1, lines.get(i))).toList());
    }

    @Transactional(readOnly = true)
    public List<AgendaItem> itemsOf(long meetingId) {
        return items.findByMeetingIdOrderByPosition(meetingId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void add(String username, Meeting meeting, String title) {
        requireEditable(meeting);
        requireTitle(title);
        int next = items.findByMeetingIdOrderByPosition(meeting.getId()).stream().mapToInt(AgendaItem::position).max().orElse(0) + 1;
        AgendaItem item = items.save(new AgendaItem(null, meeting.getId(), next, title.trim()));
        audit.record(username, "agenda.item-added", MeetingService.ENTITY, meeting.getId(), Map.of("itemId", item.id()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void change(String username, Meeting meeting, long itemId, String title) {
        requireEditable(meeting);
        requireTitle(title);
        AgendaItem item = find(meeting, itemId);
        items.save(new AgendaItem(item.id(), item.meetingId(), item.position(), title.trim()));
        audit.record(username, "agenda.item-changed", MeetingService.ENTITY, meeting.getId(), Map.of("itemId", itemId));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void remove(String username, Meeting meeting, long itemId) {
        requireEditable(meeting);
        items.delete(find(meeting, itemId));
        audit.record(username, "agenda.item-removed", MeetingService.ENTITY, meeting.getId(), Map.of("itemId", itemId));
    }

    /** The agenda as a PDF, from the same markup as its page. */
    byte[] pdf(Meeting meeting) {
        return documents.pdf(documents.render("agenda/document.ftlh",
                Map.of("meeting", meeting, "kind", kinds.of(meeting.getType()), "items", itemsOf(meeting.getId()))));
    }

    private void requireEditable(Meeting meeting) {
        if (meeting.getStatus() != MeetingStatus.CONVENED || !meeting.getStartsAt().isAfter(clock.instant())) {
            throw new ConflictException("The agenda can be changed only until the meeting starts.");
        }
    }

    private static void requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new InvalidRequestException("title", "Write the agenda item.");
        }
        if (title.length() > Limits.TITLE) {
            throw new InvalidRequestException("title", "Keep an agenda item to " + Limits.TITLE + " characters or fewer.");
        }
    }

    private AgendaItem find(Meeting meeting, long itemId) {
        return items.findById(itemId).filter(item -> item.meetingId().equals(meeting.getId()))
                .orElseThrow(() -> new NotFoundException("There is no such item on this agenda"));
    }

}
