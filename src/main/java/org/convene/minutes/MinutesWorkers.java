package org.convene.minutes;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/** The circulation step of bpmn/meeting.bpmn. Public, as the SDK invokes it reflectively. */
@Component
public class MinutesWorkers {

    private final MinutesService minutes;

    MinutesWorkers(MinutesService minutes) {
        this.minutes = minutes;
    }

    @JobWorker(type = "minutes-circulate")
    public void circulate(@Variable Long meetingId) {
        minutes.circulate(meetingId);
    }
}
