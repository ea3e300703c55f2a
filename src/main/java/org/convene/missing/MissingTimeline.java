package org.convene.missing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.convene.subject.CaseRef;
import org.convene.subject.TimelineEntry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's missing history on their page, for those who may see each episode: the episode, each grading, how it
 * ended, and the return home interview (including a decision not to offer one, with its reason).
 */
@Component
class MissingTimeline implements TimelineEntry.Source {

    private final MissingEpisodeRepository episodes;
    private final MissingGradingRepository gradings;
    private final ReturnInterviewRepository interviews;
    private final MissingService missing;

    MissingTimeline(MissingEpisodeRepository episodes, MissingGradingRepository gradings, ReturnInterviewRepository interviews,
                    MissingService missing) {
        this.episodes = episodes;
        this.gradings = gradings;
        this.interviews = interviews;
        this.missing = missing;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> entriesAbout(List<CaseRef> about, String username) {
        List<TimelineEntry> entries = new ArrayList<>();
        Predicate<MissingEpisode> visible = missing.visibleTo(username);
        about.stream().filter(c -> MissingService.CASE_TYPE.equals(c.caseType()))
                .flatMap(c -> episodes.findById(c.caseId()).stream())
                .filter(visible)
                .forEach(episode -> add(entries, episode));
        return entries;
    }

    private void add(List<TimelineEntry> entries, MissingEpisode episode) {
        String link = "/missing/" + episode.getId();
        entries.add(new TimelineEntry(episode.getReportedAt(), "Missing episode", "Reported missing from "
                + episode.getMissingFrom().label().toLowerCase() + " (" + episode.getReporterKind().label().toLowerCase() + ")", link,
                episode.isMissing()));
        gradings.findByEpisodeIdOrderById(episode.getId()).stream().skip(1).forEach(g ->
                entries.add(new TimelineEntry(g.gradedAt(), "Risk graded", "Graded " + g.grade().label().toLowerCase() + ": " + g.reason(), link, false)));
        if (episode.getReturnedAt() != null) {
            entries.add(new TimelineEntry(episode.getReturnedAt(), "Returned", episode.getReturnHow().label(), link, false));
        }
        if (episode.getClosedAt() != null) {
            entries.add(new TimelineEntry(episode.getClosedAt(), "Closed", episode.getCloseReason().label(), link, false));
        }
        interviews.findByEpisodeId(episode.getId()).ifPresent(interview -> entries.add(new TimelineEntry(
                interview.getCompletedAt() != null ? interview.getCompletedAt() : interview.getDueBy(), "Return home interview",
                interview.getStatus().label() + (interview.getNotOfferedReason() != null ? ": " + interview.getNotOfferedReason() : "")
                        + (interview.getBreachedAt() != null ? " (not done within the timescale)" : ""), link, interview.isOpen())));
    }
}
