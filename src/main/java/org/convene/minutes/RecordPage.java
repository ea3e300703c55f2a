package org.convene.minutes;

import java.security.Principal;
import java.util.List;
import java.util.stream.Collectors;
import org.convene.directory.Agency;
import org.convene.directory.Directory;
import org.convene.meeting.MeetingService;
import org.convene.subject.Subject;
import org.convene.web.Forms;
import org.convene.web.Options;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The chair's record page: what every record has (information shared, actions agreed, approval) and the sections of
 * the workflow that convened the meeting. A workflow's own form that fails comes back to this page, with its errors.
 */
@Component
public class RecordPage {

    private final MinutesService minutes;
    private final Directory directory;
    private final MeetingService meetings;

    RecordPage(MinutesService minutes, Directory directory, MeetingService meetings) {
        this.minutes = minutes;
        this.directory = directory;
        this.meetings = meetings;
    }

    /** The record page of a meeting for its chair (and auditors); forms already in the model keep what was typed. */
    public String show(long meetingId, Principal principal, Model model) {
        MinutesService.RecordView record = minutes.record(principal.getName(), meetingId);
        List<Agency> agencies = directory.agencies();
        model.addAttribute("record", record);
        model.addAttribute("agencyNames", agencies.stream().collect(Collectors.toMap(a -> String.valueOf(a.id()), Agency::name)));
        model.addAttribute("agencies", agencies.stream().map(a -> Options.option(String.valueOf(a.id()), a.name())).toList());
        model.addAttribute("people", directory.people());
        List<Subject> children = meetings.subjectsOf(record.meeting());
        model.addAttribute("childNames", children.stream().collect(Collectors.toMap(child -> String.valueOf(child.id()), Subject::name)));
        model.addAttribute("entryChildren", children.stream().map(child -> Options.option(String.valueOf(child.id()), child.name())).toList());
        model.addAttribute("agencyList", agencies);
        model.addAttribute("visibilities", Options.of(Visibility.values(), Visibility::label));
        model.addAttribute("kinds", List.of(Options.option("INFORMATION", "Information shared by an agency"),
                Options.option("FAMILY_SHARING", "What will be shared with the family"), Options.option("DISSENT", "Dissent")));
        List<RecordSection> sections = minutes.recordSectionsOf(record.meeting());
        sections.forEach(section -> section.addTo(model, record.meeting()));
        model.addAttribute("sectionTemplates", sections.stream().map(RecordSection::template).toList());
        model.addAttribute("sectionForms", sections.stream().flatMap(section -> section.forms().stream()).toList());
        Forms.offer(model, "entry", () -> MinutesPages.EntryForm.EMPTY);
        Forms.offer(model, "agreedAction", () -> MinutesPages.ActionForm.EMPTY);
        Forms.offer(model, "approval", () -> new MinutesPages.ApprovalForm(null));
        Forms.offer(model, "correction", () -> new MinutesPages.CorrectionForm(null));
        return "minutes/record";
    }
}
