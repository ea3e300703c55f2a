package org.convene.minutes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The whole record of a meeting as approved: what is stored (as JSON, hashed) in an approved version. Each reader is
 * given {@link #visibleTo}: a copy built from what they may see, never the shared copy with parts hidden. The sections
 * of the workflow that convened the meeting (a strategy discussion's record for each child) come from its
 * {@link RecordSection}.
 */
public record MinutesContent(long meetingId, String meetingType, Instant startsAt, Instant heldAt, String chair, String location,
                             List<AttendanceLine> attendance, String quorumOverrideReason, boolean confidentialityRead,
                             List<Section> sections, List<EntryLine> entries, List<ActionLine> actions) {

    public record AttendanceLine(String name, String agency, String attendance) {
    }

    /** A workflow's part of the minutes: a heading, and what was recorded under it. */
    public record Section(String heading, List<Part> parts) {
    }

    /** One thing recorded in a section; a null text is shown as not recorded. */
    public record Part(String heading, String text) {
    }

    /** {@code subjectId} and {@code about}: the child the entry is about, or null for all the meeting's children (and in minutes approved before V17). */
    public record EntryLine(String kind, Long agencyId, String agencyName, String text, String visibility,
                            List<Long> restrictedTo, String restrictedToNames, Long subjectId, String about) {

        boolean readableBy(long agencyId) {
            return !Visibility.RESTRICTED.name().equals(visibility) || restrictedTo.contains(agencyId)
                    || Long.valueOf(agencyId).equals(this.agencyId);
        }
    }

    public record ActionLine(String description, String owner, LocalDate dueDate) {
    }

    /** The same minutes with other sections: for minutes stored before workflows had sections, read as they would be now. */
    MinutesContent withSections(List<Section> sections) {
        return new MinutesContent(meetingId, meetingType, startsAt, heldAt, chair, location, attendance, quorumOverrideReason,
                confidentialityRead, sections, entries, actions);
    }

    /** A copy for someone in the given agency: restricted entries appear only for the agencies they name (and the author's). */
    public MinutesContent visibleTo(long agencyId) {
        return new MinutesContent(meetingId, meetingType, startsAt, heldAt, chair, location, attendance, quorumOverrideReason,
                confidentialityRead, sections, entries.stream().filter(entry -> entry.readableBy(agencyId)).toList(), actions);
    }

    public List<EntryLine> entriesOf(String kind) {
        return entries.stream().filter(entry -> entry.kind().equals(kind)).toList();
    }
}
