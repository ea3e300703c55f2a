package org.convene.briefing;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/**
 * Thin job workers for bpmn/daily-briefing.bpmn: each hands its job to {@link BriefingSteps}. Public (class and
 * methods), as the SDK invokes them reflectively from its own package.
 */
@Component
public class BriefingWorkers {

    private final BriefingSteps steps;

    BriefingWorkers(BriefingSteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "briefing-open")
    public void open(@Variable Long briefingId) {
        steps.open(briefingId);
    }

    @JobWorker(type = "briefing-day-end")
    public void dayEnd(@Variable Long briefingId) {
        steps.dayEnd(briefingId);
    }
}
