package org.convene.missing;

import java.util.Map;
import org.convene.workflow.Processes;
import org.convene.workflow.WorkflowProcess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps each open episode's process (bpmn/missing-episode.bpmn) in step with the database: starts it when the child
 * is reported missing, brings it new dates when the risk is re-graded, tells it of the return (with the interview's
 * first alert), of the interview's end and of a closure as not missing, and rebuilds it at the right step when the
 * engine has lost it. Its coordination meetings run in their own processes (bpmn/meeting.bpmn).
 */
@Component
class MissingProcess extends WorkflowProcess<MissingEpisode> {

    static final String PROCESS_ID = "missing-episode";
    static final String MESSAGE_RETURNED = "missing-returned";
    static final String MESSAGE_REGRADED = "missing-regraded";
    static final String MESSAGE_INTERVIEW_ENDED = "missing-interview-ended";
    static final String MESSAGE_CLOSED = "missing-closed";
    static final String STEP_AWAIT_RETURN = "await-return";
    static final String STEP_AWAIT_INTERVIEW = "await-interview";
    static final String STEP_AWAIT_INTERVIEW_LATE = "await-interview-late";

    private final MissingEpisodeRepository episodes;
    private final ReturnInterviewRepository interviews;
    private final MissingSchedule schedule;

    MissingProcess(MissingEpisodeRepository episodes, ReturnInterviewRepository interviews, MissingSchedule schedule, Processes processes) {
        super(PROCESS_ID, processes, episodes::findById, episodes::findOpen,
                episode -> schedule.variablesFor(episode, interviews.findByEpisodeId(episode.getId())), episodes::recordProcessInstance);
        this.episodes = episodes;
        this.interviews = interviews;
        this.schedule = schedule;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void reported(MissingEvents.Reported reported) {
        start(reported.episodeId());
    }

    @TransactionalEventListener
    void regraded(MissingEvents.Regraded regraded) {
        publishWithDates(MESSAGE_REGRADED, regraded.episodeId());
    }

    @TransactionalEventListener
    void returned(MissingEvents.Returned returned) {
        publishWithDates(MESSAGE_RETURNED, returned.episodeId());
    }

    @TransactionalEventListener
    void interviewEnded(MissingEvents.InterviewEnded ended) {
        publish(MESSAGE_INTERVIEW_ENDED, ended.episodeId(), Map.of());
    }

    @TransactionalEventListener
    void closed(MissingEvents.Closed closed) {
        publish(MESSAGE_CLOSED, closed.episodeId(), Map.of());
    }

    private void publishWithDates(String message, long episodeId) {
        episodes.findById(episodeId).ifPresent(episode ->
                publish(message, episodeId, schedule.variablesFor(episode, interviews.findByEpisodeId(episodeId))));
    }

    @Override
    protected String stepReached(MissingEpisode episode) {
        return switch (episode.getStatus()) {
            case MISSING -> STEP_AWAIT_RETURN;
            case RETURNED -> interviews.findByEpisodeId(episode.getId()).filter(ReturnInterview::isOpen)
                    .map(interview -> schedule.nextInterviewRung(interview).isPresent() ? STEP_AWAIT_INTERVIEW : STEP_AWAIT_INTERVIEW_LATE)
                    .orElse(null);
            case CLOSED -> null;
        };
    }
}
