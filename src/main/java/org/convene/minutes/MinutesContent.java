package org.convene.minutes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The whole record of a meeting as approved: what is stored (as JSON, hashed) in an approved version. Each reader is
 * given {@link #visibleTo}: a copy built from what they may see, never the shared copy with parts hidden.
 */
public record MinutesContent(long meetingId, String meetingType, Instant startsAt, Instant heldAt, String chair, String location,
                             List<AttendanceLine> attendance, String quorumOverrideReason, List<ChildSection> children,
                             List<EntryLine> entries, List<ActionLine> actions, LocalDate reviewBy) {

    public record AttendanceLine(String name, String agency, String attendance) {
    }

    public record ChildSection(String name, String worries, String workingWell, String needsToHappen, String decision,
                               String rationale, String childWords) {
    }

    public record EntryLine(String kind, Long agencyId, String agencyName, String text, String visibility,
                            List<Long> restrictedTo, String restrictedToNames) {

        boolean readableBy(long agencyId) {
            return !Visibility.RESTRICTED.name().equals(visibility) || restrictedTo.contains(agencyId)
                    || Long.valueOf(agencyId).equals(this.agencyId);
        }
    }

    public record ActionLine(String description, String owner, LocalDate dueDate) {
    }

    /** A copy for someone in the given agency: restricted entries appear only for the agencies they name (and the author's). */
    public MinutesContent visibleTo(long agencyId) {
        return new MinutesContent(meetingId, meetingType, startsAt, heldAt, chair, location, attendance, quorumOverrideReason,
                children, entries.stream().filter(entry -> entry.readableBy(agencyId)).toList(), actions, reviewBy);
    }

    public List<EntryLine> entriesOf(String kind) {
        return entries.stream().filter(entry -> entry.kind().equals(kind)).toList();
    }
}
