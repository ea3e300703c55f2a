package org.convene.workflow;

import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.spring.event.CamundaClientCreatedSpringEvent;
import io.grpc.Status;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every BPMN file in bpmn/ is deployed when Convene starts; Zeebe ignores a file that has not changed. This is the first
 * call Convene makes to the engine, so it waits for it up to {@value #START_UP_TIMEOUT} (a minute), trying again while
 * the engine cannot be reached: a remote cluster may still be starting, and the embedded engine answers its first
 * command slowly on a loaded machine (the client's 10 s request timeout stopped such starts). Past that, Convene does
 * not start.
 */
@Component
class ProcessDeployment {

    static final String START_UP_TIMEOUT = "convene.engine-start-up-timeout";
    private static final Logger log = LoggerFactory.getLogger(ProcessDeployment.class);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final ResourcePatternResolver resolver;
    private final Duration timeout;
    private volatile Long deploymentKey;

    ProcessDeployment(ResourcePatternResolver resolver, @Value("${" + START_UP_TIMEOUT + ":PT1M}") Duration timeout) {
        this.resolver = resolver;
        this.timeout = timeout;
    }

    /** The key the engine gave this start's deployment (a new one each time, even when nothing has changed). */
    long deploymentKey() {
        if (deploymentKey == null) {
            throw new IllegalStateException("bpmn/ has not been deployed");
        }
        return deploymentKey;
    }

    @EventListener
    void deploy(CamundaClientCreatedSpringEvent event) throws IOException, InterruptedException {
        var command = event.getClient().newDeployResourceCommand();
        DeployResourceCommandStep2 files = null;
        for (Resource file : resolver.getResources("classpath*:/bpmn/*.bpmn")) {
            byte[] content = file.getContentAsByteArray();
            files = files == null ? command.addResourceBytes(content, file.getFilename()) : files.addResourceBytes(content, file.getFilename());
        }
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            try {
                DeploymentEvent deployed = files.requestTimeout(Duration.between(Instant.now(), deadline)).execute();
                log.info("Deployed {} process(es) from bpmn/", deployed.getProcesses().size());
                deploymentKey = deployed.getKey();
                return;
            } catch (ClientStatusException e) {
                boolean unanswered = e.getStatusCode() == Status.Code.UNAVAILABLE || e.getStatusCode() == Status.Code.DEADLINE_EXCEEDED;
                if (!unanswered) {
                    throw e;
                }
                if (Instant.now().plus(RETRY_AFTER).isAfter(deadline)) {
                    throw new IllegalStateException("The engine did not answer within " + timeout + " (" + START_UP_TIMEOUT + ")", e);
                }
                log.info("The engine does not answer yet; trying again until {} has passed", timeout);
                Thread.sleep(RETRY_AFTER);
            }
        }
    }
}
