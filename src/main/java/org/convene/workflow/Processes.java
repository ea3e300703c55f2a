package org.convene.workflow;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The one way modules talk to the engine: start a process (optionally part-way through, for recovery) and publish
 * a message that carries a business correlation key. Timer dates are always computed by the caller.
 */
@Service
public class Processes {

    /**
     * A message waits this long for its process to be ready for it: a change made a moment after the one that
     * started the process must not be lost because the engine had not yet reached the step that waits for it.
     */
    private static final Duration MESSAGE_TIME_TO_LIVE = Duration.ofMinutes(10);
    private final CamundaClient client;

    Processes(CamundaClient client) {
        this.client = client;
    }

    public long start(String bpmnProcessId, Map<String, Object> variables) {
        return start(bpmnProcessId, variables, List.of());
    }

    /** Starts a new instance; with elements named, it starts before those elements instead of at the start event. */
    public long start(String bpmnProcessId, Map<String, Object> variables, List<String> startBeforeElements) {
        var command = client.newCreateInstanceCommand().bpmnProcessId(bpmnProcessId).latestVersion().variables(variables);
        for (String element : startBeforeElements) {
            command = command.startBeforeElement(element);
        }
        return command.send().join().getProcessInstanceKey();
    }

    /** Publishes a message, correlated by a business key; it is kept for a short while if nothing waits for it yet. */
    public void publish(String messageName, String correlationKey, Map<String, Object> variables) {
        client.newPublishMessageCommand()
                .messageName(messageName)
                .correlationKey(correlationKey)
                .timeToLive(MESSAGE_TIME_TO_LIVE)
                .variables(variables)
                .send()
                .join();
    }

    /**
     * Publishes a message only to the instances waiting for it now: it is not kept for one that starts later. For
     * ending an item's old instance just before its new one starts.
     */
    public void publishNow(String messageName, String correlationKey) {
        client.newPublishMessageCommand()
                .messageName(messageName)
                .correlationKey(correlationKey)
                .timeToLive(Duration.ZERO)
                .send()
                .join();
    }

    /** Whether the engine still knows a process instance (without a search API: a no-op variable update). */
    public boolean isRunning(long processInstanceKey) {
        try {
            client.newSetVariablesCommand(processInstanceKey).variables(Map.of("recoveryCheckedAt", System.currentTimeMillis())).send().join();
            return true;
        } catch (ClientStatusException e) {
            if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    public void cancel(long processInstanceKey) {
        try {
            client.newCancelInstanceCommand(processInstanceKey).send().join();
        } catch (ClientStatusException e) {
            if (e.getStatus().getCode() != Status.Code.NOT_FOUND) {
                throw e;
            }
        }
    }
}
