package org.convene.workflow;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, carries every open meeting and action on in the engine at the step Convene's database says it has
 * reached. An embedded engine starts empty, so all open work is restarted; a remote engine is asked about each
 * instance and only the ones it has lost are restarted. Workers are idempotent, so a restart never repeats a mail.
 */
@Component
class ProcessRecovery {

    private static final Logger log = LoggerFactory.getLogger(ProcessRecovery.class);

    private final List<OpenWork> sources;
    private final Processes processes;
    private final EngineMode mode;

    ProcessRecovery(List<OpenWork> sources, Processes processes, @Value("${convene.engine:embedded}") EngineMode mode) {
        this.sources = sources;
        this.processes = processes;
        this.mode = mode;
    }

    /** First of what runs once Convene is ready: what is set up after (the demo's series) starts its own processes. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void recover() {
        int restarted = 0;
        for (OpenWork source : sources) {
            for (ProcessRestart item : source.openWork()) {
                if (engineKnows(item)) {
                    continue;
                }
                long key = processes.start(item.bpmnProcessId(), item.variables(), item.startBeforeElements());
                source.restarted(item, key);
                restarted++;
            }
        }
        log.info("Process recovery: {} open item(s) restarted in the {} engine", restarted, mode.name().toLowerCase());
    }

    private boolean engineKnows(ProcessRestart item) {
        return mode == EngineMode.REMOTE && item.lastInstanceKey() != null && processes.isRunning(item.lastInstanceKey());
    }
}
