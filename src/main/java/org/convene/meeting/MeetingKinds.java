package org.convene.meeting;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.subject.Subject;
import org.convene.subject.Subjects;
import org.springframework.stereotype.Component;

/** Every kind of meeting the workflows have registered, by type. */
@Component
public class MeetingKinds {

    private final Map<String, MeetingKind> byType;
    private final Subjects subjects;

    MeetingKinds(List<MeetingKind> kinds, Subjects subjects) {
        this.byType = kinds.stream().collect(Collectors.toMap(MeetingKind::type, Function.identity()));
        this.subjects = subjects;
    }

    public MeetingKind of(String type) {
        MeetingKind kind = byType.get(type);
        if (kind == null) {
            throw new IllegalStateException("No workflow registers meetings of type " + type);
        }
        return kind;
    }

    /** The children, peer groups and locations a meeting is about: its case's, or those its kind narrows them to. */
    public List<Subject> subjectsOf(Meeting meeting) {
        List<Subject> ofCase = subjects.ofCase(meeting.getCaseType(), meeting.getCaseId());
        return of(meeting.getType()).subjectsOnly(meeting).map(only -> ofCase.stream().filter(s -> only.contains(s.id())).toList()).orElse(ofCase);
    }

    /** Every kind, by label, for a list to choose from. */
    public List<MeetingKind> all() {
        return byType.values().stream().sorted(Comparator.comparing(MeetingKind::label)).toList();
    }

    /** Each kind's label by its type, for pages that list meetings of several kinds. */
    public Map<String, String> labels() {
        return byType.values().stream().collect(Collectors.toMap(MeetingKind::type, MeetingKind::label));
    }
}
