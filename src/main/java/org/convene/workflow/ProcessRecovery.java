package org.convene.workflow;

import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At start, carries every open meeting and action on in the engine at the step Convene's database says it has
 * reached. An embedded engine starts empty, so all open work is restarted; a remote engine is asked about each
 * instance and only the ones it has lost are restarted. Workers are idempotent, so a restart never repeats a mail.
 * <p>
 * A remote engine's answer about an old key holds only if it is the engine that gave it. An engine's keys only grow,
 * and one that lost its state (or another cluster) hands out the same keys again, to other instances. So each start
 * against a remote engine keeps its deployment's key ({@code engine_start}); an engine whose deployment key is below
 * the last one kept is not asked, and all open work is started in it again. Replicas starting together recover one
 * at a time, under a lock.
 */
@Component
class ProcessRecovery {

    private static final Logger log = LoggerFactory.getLogger(ProcessRecovery.class);

    private final List<OpenWork> sources;
    private final Processes processes;
    private final ProcessDeployment deployment;
    private final JdbcTemplate jdbc;
    private final EngineMode mode;

    ProcessRecovery(List<OpenWork> sources, Processes processes, ProcessDeployment deployment, JdbcTemplate jdbc,
                    @Value("${convene.engine:embedded}") EngineMode mode) {
        this.sources = sources;
        this.processes = processes;
        this.deployment = deployment;
        this.jdbc = jdbc;
        this.mode = mode;
    }

    /** First of what runs once Convene is ready: what is set up after (the demo's series) starts its own processes. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    @SchedulerLock(name = "process-recovery", lockAtMostFor = "PT10M")
    void recover() {
        boolean ask = mode == EngineMode.REMOTE && sameEngineAsBefore();
        int restarted = 0;
        for (OpenWork source : sources) {
            for (ProcessRestart item : source.openWork()) {
                if (ask && engineKnows(item)) {
                    continue;
                }
                long key = processes.start(item.bpmnProcessId(), item.variables(), item.startBeforeElements());
                source.restarted(item, key);
                restarted++;
            }
        }
        log.info("Process recovery: {} open item(s) restarted in the {} engine", restarted, mode.name().toLowerCase());
    }

    private boolean sameEngineAsBefore() {
        long key = deployment.deploymentKey();
        Long last = jdbc.query("select deployment_key from engine_start", rows -> rows.next() ? rows.getLong(1) : null);
        if (last == null) {
            jdbc.update("insert into engine_start (id, deployment_key) values (1, ?)", key);
        } else {
            jdbc.update("update engine_start set deployment_key = ? where id = 1", key);
        }
        boolean same = last == null || key > last;
        if (!same) {
            log.warn("The engine holds none of the work Convene started before (its keys start again below this Convene's last "
                    + "deployment): every open item is started in it again");
        }
        return same;
    }

    private boolean engineKnows(ProcessRestart item) {
        return item.lastInstanceKey() != null && processes.isRunning(item.lastInstanceKey());
    }
}
