package org.convene.missing;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Thin job workers for bpmn/missing-episode.bpmn: each hands its job to {@link MissingSteps} and completes it with the
 * date of the next rung. Public (class and methods), as the SDK invokes them reflectively from its own package.
 */
@Component
public class MissingWorkers {

    private final MissingSteps steps;

    MissingWorkers(MissingSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "missing-rung")
    public Map<String, Object> rung(@Variable Long episodeId) {
        return steps.missingRungsDue(episodeId);
    }

    @JobWorker(type = "missing-interview-rung")
    public Map<String, Object> interviewRung(@Variable Long episodeId) {
        return steps.interviewRungsDue(episodeId);
    }
}
