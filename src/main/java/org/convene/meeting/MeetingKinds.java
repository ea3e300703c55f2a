package org.convene.meeting;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every kind of meeting the workflows have registered, by type. */
@Component
public class MeetingKinds {

    private final Map<String, MeetingKind> byType;

    MeetingKinds(List<MeetingKind> kinds) {
        this.byType = kinds.stream().collect(Collectors.toMap(MeetingKind::type, Function.identity()));
    }

    public MeetingKind of(String type) {
        MeetingKind kind = byType.get(type);
        if (kind == null) {
            throw new IllegalStateException("No workflow registers meetings of type " + type);
        }
        return kind;
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
