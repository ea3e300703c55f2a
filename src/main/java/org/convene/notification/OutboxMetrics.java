package org.convene.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** The outbox's depth and its failures, on the actuator's Prometheus endpoint. */
@Component
class OutboxMetrics {

    OutboxMetrics(MeterRegistry registry, OutboxMailRepository mails) {
        Gauge.builder("convene.outbox.depth", () -> mails.countByStatus(OutboxStatus.PENDING))
                .description("Mails waiting to be sent").register(registry);
        Gauge.builder("convene.outbox.failed", () -> mails.countByStatus(OutboxStatus.FAILED))
                .description("Mails that could not be sent").register(registry);
    }
}
