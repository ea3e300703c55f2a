package org.convene.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** When the running application writes checkpoints; the command-line verifier never does. */
@Component
class AuditCheckpointSchedule {

    private final AuditCheckpoints checkpoints;

    AuditCheckpointSchedule(AuditCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        checkpoints.write();
    }

    @Scheduled(fixedDelayString = "${convene.audit.checkpoint-interval:PT1H}", initialDelayString = "${convene.audit.checkpoint-interval:PT1H}")
    @SchedulerLock(name = "audit-checkpoint")
    void whenGrown() {
        checkpoints.writeIfGrown();
    }
}
