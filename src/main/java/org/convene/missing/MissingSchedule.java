package org.convene.missing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.calendar.Deadlines;
import org.convene.calendar.Timescales;
import org.springframework.stereotype.Component;

/**
 * Every date a missing episode works to, in clock hours from when the child was reported missing (they run across
 * nights, weekends and bank holidays), and from the return for the interview. Nowhere else computes one.
 *
 * <p>While the child is missing its process waits for the earliest rung not yet done ({@link #nextRung}); a rung whose
 * time has come is done by {@link MissingSteps}, which asks again for the next. A re-grade changes which rungs remain:
 * high risk adds the senior manager's rung (at once, if its time has passed). The coordination meeting repeats while the
 * child is missing, so there is always a next rung.
 */
@Component
class MissingSchedule {

    /** The variables bpmn/missing-episode.bpmn reads: the key its messages correlate on, the id its workers take, its timers. */
    static final String EPISODE_KEY = "episodeKey";
    static final String EPISODE_ID = "episodeId";
    static final String NEXT_RUNG_AT = "nextRungAt";
    static final String INTERVIEW_NEXT_AT = "interviewNextAt";

    enum Rung { SENIOR_MANAGER, DESIGNATED_MANAGER, CONFERENCE, MEETING }

    enum InterviewRung { ASSIGNEE_ALERT, MANAGER_ALERT, BREACH }

    record Due<R>(R rung, Instant at) {
    }

    private final Deadlines deadlines;
    private final Timescales timescales;

    MissingSchedule(Deadlines deadlines, Timescales timescales) {
        this.deadlines = deadlines;
        this.timescales = timescales;
    }

    Map<String, Object> variablesFor(MissingEpisode episode, Optional<ReturnInterview> interview) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(EPISODE_KEY, String.valueOf(episode.getId()));
        variables.put(EPISODE_ID, episode.getId());
        if (episode.isMissing()) {
            variables.put(NEXT_RUNG_AT, nextRung(episode).at().toString());
        }
        // Always set, null when nothing is left: the process's gateway reads it.
        variables.put(INTERVIEW_NEXT_AT, interview.flatMap(this::nextInterviewRung).map(due -> due.at().toString()).orElse(null));
        return variables;
    }

    /** The rungs not yet done while the child is missing, earliest first. */
    List<Due<Rung>> rungsLeft(MissingEpisode episode) {
        List<Due<Rung>> rungs = new ArrayList<>();
        Instant reported = episode.getReportedAt();
        if (episode.getRiskGrade() == RiskGrade.HIGH && episode.getSeniorManagerToldAt() == null) {
            rungs.add(new Due<>(Rung.SENIOR_MANAGER, deadlines.after(reported, timescales.highRiskMissingToSeniorManager())));
        }
        if (episode.getDesignatedManagerToldAt() == null) {
            rungs.add(new Due<>(Rung.DESIGNATED_MANAGER, deadlines.after(reported, timescales.missingToDesignatedManager())));
        }
        if (episode.isChildProtectionPlan() && episode.getConferenceAlertedAt() == null) {
            rungs.add(new Due<>(Rung.CONFERENCE, deadlines.after(reported, timescales.childProtectionPlanMissingConference())));
        }
        rungs.add(new Due<>(Rung.MEETING, meetingDue(episode, episode.getMeetingsRequested())));
        rungs.sort(Comparator.comparing(Due::at));
        return rungs;
    }

    Due<Rung> nextRung(MissingEpisode episode) {
        return rungsLeft(episode).getFirst();
    }

    /** The {@code n}th coordination meeting (from 0) is asked for after the first timescale, then at every repeat. */
    Instant meetingDue(MissingEpisode episode, int n) {
        Instant due = deadlines.after(episode.getReportedAt(), timescales.missingMeeting());
        for (int i = 0; i < n; i++) {
            due = deadlines.after(due, timescales.missingMeetingRepeat());
        }
        return due;
    }

    /** A coordination meeting asked for now is convened within the timescale. */
    Instant meetingConveneBy(Instant askedAt) {
        return deadlines.after(askedAt, timescales.missingMeetingConvened());
    }

    /** The return home interview is due within the timescale of the return (clock hours). */
    Instant interviewDueBy(Instant returnedAt) {
        return deadlines.after(returnedAt, timescales.returnHomeInterview());
    }

    /** The interview's alerts and breach not yet done, earliest first; none once it is finished. */
    List<Due<InterviewRung>> interviewRungsLeft(ReturnInterview interview) {
        List<Due<InterviewRung>> rungs = new ArrayList<>();
        if (!interview.isOpen()) {
            return rungs;
        }
        if (interview.getAssigneeAlertedAt() == null && interview.getBreachedAt() == null) {
            rungs.add(new Due<>(InterviewRung.ASSIGNEE_ALERT, deadlines.before(interview.getDueBy(), timescales.returnHomeInterviewAssigneeAlert())));
        }
        if (interview.getManagerAlertedAt() == null && interview.getBreachedAt() == null) {
            rungs.add(new Due<>(InterviewRung.MANAGER_ALERT, deadlines.before(interview.getDueBy(), timescales.returnHomeInterviewManagerAlert())));
        }
        if (interview.getBreachedAt() == null) {
            rungs.add(new Due<>(InterviewRung.BREACH, interview.getDueBy()));
        }
        rungs.sort(Comparator.comparing(Due::at));
        return rungs;
    }

    Optional<Due<InterviewRung>> nextInterviewRung(ReturnInterview interview) {
        return interviewRungsLeft(interview).stream().findFirst();
    }

    /** The window repeat missing is counted in, ending when the newest episode was reported. */
    Instant repeatWindowFrom(Instant reportedAt) {
        return deadlines.before(reportedAt, timescales.repeatMissingWindow());
    }
}
