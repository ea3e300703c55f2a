package org.convene.workflow;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.grpc.Status;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Qualifier;
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
    private final Executor answers;

    /** @param answers where the engine's answers to commands not waited for are handled, off the gRPC threads */
    Processes(CamundaClient client, @Qualifier("applicationTaskExecutor") Executor answers) {
        this.client = client;
        this.answers = answers;
    }

    /** Starts a new instance; with elements named, it starts before those elements instead of at the start event. */
    public long start(String bpmnProcessId, Map<String, Object> variables, List<String> startBeforeElements) {
        var command = client.newCreateInstanceCommand().bpmnProcessId(bpmnProcessId).latestVersion().variables(variables);
        for (String element : startBeforeElements) {
            command = command.startBeforeElement(element);
        }
        return command.send().join().getProcessInstanceKey();
    }

    /**
     * Starts a new instance at its start event without waiting for the engine, so that the person whose change asked for
     * it is answered at once: the stage completes with the instance's key, or with the failure.
     */
    public CompletionStage<Long> startWithoutWaiting(String bpmnProcessId, Map<String, Object> variables) {
        return client.newCreateInstanceCommand().bpmnProcessId(bpmnProcessId).latestVersion().variables(variables).send()
                .thenApplyAsync(ProcessInstanceEvent::getProcessInstanceKey, answers);
    }

    /**
     * Publishes a message, correlated by a business key, without waiting for the engine; it is kept for a short while
     * if nothing waits for it yet, so it also reaches an instance whose start is still on its way.
     */
    public CompletionStage<?> publish(String messageName, String correlationKey, Map<String, Object> variables) {
        return client.newPublishMessageCommand()
                .messageName(messageName)
                .correlationKey(correlationKey)
                .timeToLive(MESSAGE_TIME_TO_LIVE)
                .variables(variables)
                .send();
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
