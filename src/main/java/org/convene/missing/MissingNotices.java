package org.convene.missing;

import java.util.Map;
import org.convene.calendar.CouncilTime;
import org.convene.notification.MailTemplates;
import org.convene.notification.Outbox;
import org.springframework.stereotype.Component;

/**
 * The mails about a missing episode. Like every mail, they link into Convene and never name the child, say where they
 * went missing from, or what is feared: only that an episode needs attention, and by when. One that cannot be
 * delivered becomes a task for the episode's coordinator, or else the child's social worker.
 */
@Component
class MissingNotices {

    private final MailTemplates templates;
    private final Outbox outbox;
    private final CouncilTime dates;

    MissingNotices(MailTemplates templates, Outbox outbox, CouncilTime dates) {
        this.templates = templates;
        this.outbox = outbox;
        this.dates = dates;
    }

    void highRisk(MissingEpisode episode, String email) {
        send("missing-high-risk", email, episode, Map.of());
    }

    void stillMissing(MissingEpisode episode, String email) {
        send("missing-still-missing", email, episode, Map.of());
    }

    void childProtectionPlan(MissingEpisode episode, String email) {
        send("missing-child-protection-plan", email, episode, Map.of());
    }

    void interviewDueSoon(MissingEpisode episode, ReturnInterview interview, String email, boolean asManager) {
        send("missing-interview-due-soon", email, episode, Map.of("dueBy", dates.dateTime(interview.getDueBy()), "asManager", asManager));
    }

    void repeatMissing(MissingEpisode episode, int episodes, String email) {
        send("missing-repeat", email, episode, Map.of("episodes", episodes));
    }

    private void send(String template, String email, MissingEpisode episode, Map<String, Object> extra) {
        Map<String, Object> model = new java.util.HashMap<>(extra);
        model.put("episodeId", episode.getId());
        model.put("reportedAt", dates.dateTime(episode.getReportedAt()));
        Long followUpBy = episode.getCoordinatorId() != null ? episode.getCoordinatorId() : episode.getSocialWorkerId();
        outbox.queue(templates.render(template, email, model).followedUpBy(followUpBy, "/missing/" + episode.getId()));
    }
}
