package org.convene.minutes;

import java.util.List;
import org.convene.meeting.Meeting;
import org.springframework.ui.Model;

/**
 * A workflow's own part of a meeting's record (a strategy discussion's record of each child and its review date),
 * implemented by the workflow as a bean. The minutes module shows it on the record page, where the workflow's own
 * forms edit it (checking {@link MinutesService#requireEditable} first), and fixes it in each approved version.
 */
public interface RecordSection {

    /** Whether the meeting's record has this section: usually, by the meeting's type. */
    boolean appliesTo(Meeting meeting);

    /** The template, under {@code templates/}, that shows the section and its forms on the record page. */
    String template();

    /** The names of the section's forms in the model, so that the page's error summary lists their problems. */
    List<String> forms();

    /** Adds what the template needs (the section as it stands, and its forms unless one came back with errors). */
    void addTo(Model model, Meeting meeting);

    /** The section as it stands, as the minutes keep it. */
    List<MinutesContent.Section> snapshot(Meeting meeting);
}
