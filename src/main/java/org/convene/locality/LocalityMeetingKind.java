package org.convene.locality;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.convene.calendar.Timescale;
import org.convene.calendar.Timescales;
import org.convene.directory.AgencyKind;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.meeting.Meeting;
import org.convene.meeting.MeetingKind;
import org.springframework.stereotype.Component;

/**
 * Each date of a locality's series, held as a meeting of the shared capability: attendance, the confidentiality
 * statement read at the start (reference §4.3), the record and its minutes. Its members hold the series' recurring
 * calendar entry, so the meeting mails no invitation of its own. No agency is required for it to go ahead: the series'
 * standing members are whom an admin chose, and attendance is recorded. The series' chair and members see every date.
 */
@Component
class LocalityMeetingKind implements MeetingKind {

    static final String TYPE = "LOCALITY_MEETING";
    private static final String CONFIDENTIALITY = """
            What is shared in this meeting is shared to keep children safe from harm outside the home. It is confidential: it \
            may be used only for that purpose, and shared outside this meeting only as the minutes record, with those who need \
            it. Information from the police or from health that is restricted in the minutes stays with the agencies it names. \
            This meeting does not replace strategy discussions, child protection conferences or any agency's own procedures.""";

    private final LocalitySeriesRepository series;
    private final AgendaSentRepository sent;
    private final AgendaSubjects agendaSubjects;
    private final Directory directory;
    private final Timescales timescales;

    LocalityMeetingKind(LocalitySeriesRepository series, AgendaSentRepository sent, AgendaSubjects agendaSubjects, Directory directory,
                        Timescales timescales) {
        this.series = series;
        this.sent = sent;
        this.agendaSubjects = agendaSubjects;
        this.directory = directory;
        this.timescales = timescales;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String label() {
        return "Locality meeting";
    }

    @Override
    public String caseType() {
        return LocalityService.CASE_TYPE;
    }

    @Override
    public Set<AgencyKind> requiredAgencies() {
        return Set.of();
    }

    @Override
    public String confidentialityStatement() {
        return CONFIDENTIALITY;
    }

    @Override
    public Timescale minutesDue() {
        return timescales.localityMeetingMinutes();
    }

    @Override
    public String agendaTemplate() {
        return "agenda/locality-meeting.txt.ftl";
    }

    @Override
    public boolean heldByItsCase() {
        return true;
    }

    /** The subjects on the date's agenda: the series has had many more. */
    @Override
    public Optional<Set<Long>> subjectsOnly(Meeting meeting) {
        return sent.findByMeetingId(meeting.getId()).map(date -> Set.copyOf(agendaSubjects.at(date.seriesId(), date.meetingDate())));
    }

    /** The dates whose agenda the subject was on. */
    @Override
    public List<Meeting> about(long subjectId, List<Meeting> meetings) {
        Map<Long, AgendaSent> dates = sent.findByMeetingIdIn(meetings.stream().map(Meeting::getId).toList()).stream()
                .collect(Collectors.toMap(AgendaSent::meetingId, Function.identity()));
        Map<Long, Predicate<LocalDate>> onAgenda = new HashMap<>();
        return meetings.stream().filter(meeting -> {
            AgendaSent date = dates.get(meeting.getId());
            return date != null && onAgenda.computeIfAbsent(date.seriesId(), seriesId -> agendaSubjects.datesOf(seriesId, subjectId))
                    .test(date.meetingDate());
        }).toList();
    }

    @Override
    public CaseSummary caseOf(long caseId) {
        LocalitySeries found = series.findById(caseId).orElseThrow();
        String locality = directory.findLocality(found.getLocalityId()).orElseThrow().name();
        return new CaseSummary(locality + " locality meeting", "/localities/" + caseId, "The " + locality + " locality's weekly meeting");
    }

    @Override
    public Set<Long> caseViewers(long caseId) {
        Set<Long> viewers = new HashSet<>();
        series.findById(caseId).ifPresent(found -> {
            viewers.add(found.getChairId());
            viewers.addAll(found.memberIds());
        });
        return viewers;
    }

    @Override
    public List<Long> casesViewedBy(Person person) {
        return series.findAll().stream().filter(found -> found.getChairId() == person.id() || found.memberIds().contains(person.id()))
                .map(LocalitySeries::getId).toList();
    }

    @Override
    public List<MinutesRecipient> alsoTold(long caseId) {
        return List.of();
    }
}
