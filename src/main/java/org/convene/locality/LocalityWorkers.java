package org.convene.locality;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The thin job worker for bpmn/locality-meeting.bpmn: hands its job to {@link LocalitySteps} and completes it with the
 * next freeze. Public (class and method), as the SDK invokes it reflectively from its own package.
 */
@Component
public class LocalityWorkers {

    private final LocalitySteps steps;

    LocalityWorkers(LocalitySteps steps) {
        this.steps = steps;
    }

    @JobWorker(type = "locality-send-agendas")
    public Map<String, Object> sendAgendas(@Variable Long seriesId) {
        return steps.sendAgendasDue(seriesId);
    }
}
