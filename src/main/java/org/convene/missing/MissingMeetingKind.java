package org.convene.missing;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.convene.calendar.Timescale;
import org.convene.calendar.Timescales;
import org.convene.directory.AgencyKind;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.meeting.MeetingKind;
import org.convene.subject.Subjects;
import org.springframework.stereotype.Component;

/**
 * The missing coordination meeting an episode convenes while the child is missing (72 hours after the report, then
 * weekly): social care and the police must be there (reference §3.3); the statement on confidentiality is read; its
 * minutes are circulated within the configured timescale. Whoever logged the episode and the child's social worker may
 * see it.
 */
@Component
class MissingMeetingKind implements MeetingKind {

    static final String TYPE = "MISSING_COORDINATION_MEETING";
    private static final String CONFIDENTIALITY = """
            What is shared in this meeting is shared to find a missing child and keep them safe. It is confidential: it may be \
            used only for that purpose, and shared outside this meeting only as the minutes record, with those who need it. \
            Information from the police or from health that is restricted in the minutes stays with the agencies it names.""";

    private final MissingEpisodeRepository episodes;
    private final Subjects subjects;
    private final Directory directory;
    private final Timescales timescales;

    MissingMeetingKind(MissingEpisodeRepository episodes, Subjects subjects, Directory directory, Timescales timescales) {
        this.episodes = episodes;
        this.subjects = subjects;
        this.directory = directory;
        this.timescales = timescales;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String label() {
        return "Missing coordination meeting";
    }

    @Override
    public String caseType() {
        return MissingService.CASE_TYPE;
    }

    @Override
    public Set<AgencyKind> requiredAgencies() {
        return EnumSet.of(AgencyKind.SOCIAL_CARE, AgencyKind.POLICE);
    }

    @Override
    public String confidentialityStatement() {
        return CONFIDENTIALITY;
    }

    @Override
    public Timescale minutesDue() {
        return timescales.missingMeetingMinutes();
    }

    @Override
    public String agendaTemplate() {
        return "agenda/missing-meeting.txt.ftl";
    }

    @Override
    public CaseSummary caseOf(long caseId) {
        MissingEpisode episode = episodes.findById(caseId).orElseThrow();
        return new CaseSummary("Missing episode " + caseId, "/missing/" + caseId,
                subjects.subject(episode.getSubjectId()).name() + " reported missing (risk: " + episode.getRiskGrade().label().toLowerCase() + ")");
    }

    @Override
    public Set<Long> caseViewers(long caseId) {
        Set<Long> viewers = new HashSet<>();
        episodes.findById(caseId).ifPresent(episode -> {
            directory.personByUsername(episode.getLoggedBy()).ifPresent(logger -> viewers.add(logger.id()));
            if (episode.getSocialWorkerId() != null) {
                viewers.add(episode.getSocialWorkerId());
            }
        });
        return viewers;
    }

    @Override
    public List<Long> casesViewedBy(Person person) {
        return episodes.findIdsLoggedByOrSocialWorker(person.username(), person.id());
    }

    @Override
    public List<MinutesRecipient> alsoTold(long caseId) {
        return List.of();
    }
}
