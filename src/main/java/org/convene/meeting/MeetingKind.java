package org.convene.meeting;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.convene.calendar.Timescale;
import org.convene.directory.AgencyKind;
import org.convene.directory.Person;

/**
 * A kind of meeting, registered by the workflow whose cases convene it (a bean implementing this): its rules, and what
 * a meeting needs to know of the case that convened it. The meeting module knows nothing else about any workflow.
 */
public interface MeetingKind {

    /** The kind's name as stored with each meeting, as STRATEGY_DISCUSSION. */
    String type();

    /** As people call it: "Strategy discussion". */
    String label();

    /** The type of the cases that convene it, as stored with each meeting: STRATEGY. */
    String caseType();

    /** The agencies that must be invited, and be present for it to be quorate. */
    Set<AgencyKind> requiredAgencies();

    /** The statement the chair reads at the start and records as read; null when this kind has none. */
    String confidentialityStatement();

    /** How soon after the meeting ends its minutes must be circulated. */
    Timescale minutesDue();

    /** Its agenda's standard items, one a line, under {@code templates/}; given {@code subjectCount}, the subjects of its case. */
    String agendaTemplate();

    /**
     * Whether the case holds this kind's meetings itself (a locality series: its own dates, one recurring calendar entry
     * for them all). The case convenes each at a set time, so nobody's convening of it is measured; and it mails no
     * invitation, update, reminder or cancellation of its own.
     */
    default boolean heldByItsCase() {
        return false;
    }

    /**
     * The subjects one of its meetings is about, by id, when they are fewer than its case's: a locality date is about the
     * subjects on its agenda, not every subject its series has had. Empty means every subject of the case.
     */
    default Optional<Set<Long>> subjectsOnly(Meeting meeting) {
        return Optional.empty();
    }

    /** Of some of its case's meetings, those about the subject: all of them, unless {@link #subjectsOnly} narrows them. */
    default List<Meeting> about(long subjectId, List<Meeting> meetings) {
        return meetings;
    }

    /**
     * Why nothing of one of its meetings' content may be recorded now, by anyone (its record, an action set at it), if
     * so: a family network meeting during private family time. Empty means it may be.
     */
    default Optional<String> closedToRecording(Meeting meeting) {
        return Optional.empty();
    }

    /** The case that convened a meeting, as the meeting's page introduces it. */
    CaseSummary caseOf(long caseId);

    /** People who may see every meeting the case convenes and read their own copy of its minutes (who raised it, a referrer). */
    Set<Long> caseViewers(long caseId);

    /** The cases in which the person is one of {@link #caseViewers}: for the lists of meetings they may see. */
    List<Long> casesViewedBy(Person person);

    /** Told when the minutes are approved, besides everyone invited: a referrer, say. */
    List<MinutesRecipient> alsoTold(long caseId);

    /** A case as a meeting's page shows it: a name, a link to the case, and what it is about (it may name children). */
    record CaseSummary(String label, String link, String about) {
    }

    /** Someone told that minutes are approved: with an account they get a link to their copy; without, whom to ask. */
    record MinutesRecipient(String email, boolean hasAccount) {
    }
}
