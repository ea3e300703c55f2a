package org.convene.workflow;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Reports whether the engine answers, which mode it runs in and its gateway version. */
@Component("engine")
class EngineHealthIndicator implements HealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private final CamundaClient client;
    private final EngineMode mode;

    EngineHealthIndicator(CamundaClient client, @Value("${convene.engine:embedded}") EngineMode mode) {
        this.client = client;
        this.mode = mode;
    }

    @Override
    public Health health() {
        try {
            var topology = client.newTopologyRequest().requestTimeout(TIMEOUT).send().join();
            return Health.up()
                    .withDetail("mode", mode.name().toLowerCase())
                    .withDetail("gatewayVersion", topology.getGatewayVersion())
                    .withDetail("brokers", topology.getBrokers().size())
                    .build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("mode", mode.name().toLowerCase()).withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
