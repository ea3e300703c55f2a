package org.convene.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.convene.calendar.CouncilTime;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.meeting.Meeting;
import org.convene.meeting.MeetingService;
import org.convene.minutes.MinutesContent;
import org.convene.minutes.MinutesService;
import org.convene.minutes.MinutesVersionSummary;
import org.convene.minutes.Visibility;
import org.convene.shared.ConflictException;
import org.convene.shared.Documents;
import org.convene.shared.NotFoundException;
import org.convene.subject.Subject;
import org.convene.subject.Subjects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The letters to parents after a strategy discussion, in plain words (templates/strategy/family-letter-content.ftlh),
 * one for each family among its children (the chair says which family each child belongs to). Each holds only what the
 * newest approved minutes mark as shareable with the family, about that family's children. An entry about all the
 * children goes into the letter only when they are all of one family: otherwise it would tell one family about another,
 * so it is left out, and the chair's page says so. For the chair, who sends them.
 */
@Component
class StrategyFamilyLetters {

    /** One family's letter. */
    public record Letter(int family, List<String> children, Meeting meeting, List<Shared> shared, Person chair) {
    }

    /** What may be told, and the child it is about (null for all the family's children). */
    public record Shared(String about, String text) {
    }

    /** Every family's letter, and how many shareable entries about all the children were left out because there are several families. */
    public record Letters(Meeting meeting, List<Letter> letters, int leftOut) {
    }

    private final MeetingService meetings;
    private final MinutesService minutes;
    private final StrategyChildRecordRepository childRecords;
    private final Subjects subjects;
    private final Directory directory;
    private final Documents documents;
    private final CouncilTime dates;

    StrategyFamilyLetters(MeetingService meetings, MinutesService minutes, StrategyChildRecordRepository childRecords, Subjects subjects,
                          Directory directory, Documents documents, CouncilTime dates) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.childRecords = childRecords;
        this.subjects = subjects;
        this.directory = directory;
        this.documents = documents;
        this.dates = dates;
    }

    Letters letters(String username, long meetingId) {
        Meeting meeting = meetings.visibleTo(username, meetingId);
        if (!meetings.rightsOf(username, meetingId).chair()) {
            throw new AccessDeniedException("not the chair");
        }
        if (!meeting.getCaseType().equals(StrategyService.CASE_TYPE)) {
            throw new NotFoundException("Letters to families are written after strategy discussions");
        }
        List<MinutesVersionSummary> approved = minutes.approvedVersions(username, meetingId);
        if (approved.isEmpty()) {
            throw new ConflictException("Letters to families are written from approved minutes: approve the minutes first.");
        }
        MinutesContent content = minutes.copyFor(username, meetingId, approved.getLast().version()).content();
        Map<Long, Integer> familyOf = childRecords.findByMeetingIdOrderById(meetingId).stream()
                .collect(Collectors.toMap(StrategyChildRecord::subjectId, StrategyChildRecord::family));
        Map<Integer, List<Subject>> families = new TreeMap<>();
        for (Subject child : subjects.ofCase(meeting.getCaseType(), meeting.getCaseId())) {
            families.computeIfAbsent(familyOf.getOrDefault(child.id(), 1), n -> new ArrayList<>()).add(child);
        }
        List<MinutesContent.EntryLine> shareable = content.entries().stream()
                .filter(entry -> Visibility.FAMILY.name().equals(entry.visibility())).toList();
        boolean oneFamily = families.size() == 1;
        Person chair = directory.person(meeting.getChairId());
        List<Letter> letters = families.entrySet().stream().map(family -> {
            Set<Long> ids = family.getValue().stream().map(Subject::id).collect(Collectors.toSet());
            List<Shared> shared = shareable.stream().filter(entry -> entry.subjectId() == null ? oneFamily : ids.contains(entry.subjectId()))
                    .map(entry -> new Shared(family.getValue().size() > 1 ? entry.about() : null, entry.text())).toList();
            return new Letter(family.getKey(), family.getValue().stream().map(Subject::name).toList(), meeting, shared, chair);
        }).toList();
        int leftOut = oneFamily ? 0 : (int) shareable.stream().filter(entry -> entry.subjectId() == null).count();
        return new Letters(meeting, letters, leftOut);
    }

    Letter letter(String username, long meetingId, int family) {
        return letters(username, meetingId).letters().stream().filter(letter -> letter.family() == family).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no family " + family + " among this meeting's children"));
    }

    byte[] pdf(Letter letter) {
        return documents.pdf(documents.render("strategy/family-letter-document.ftlh", Map.of("letter", letter, "dates", dates)));
    }
}
