package org.convene.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a Java workflow is bound to its BPMN process: start an item's instance (with the timer dates its
 * schedule computed), publish a message keyed by the item's id, restart it at a step, and rebuild every open item's
 * instance at the step the database records when the engine has lost them ({@link ProcessRecovery}).
 *
 * <p>The engine can be away; an item's change has committed all the same. A start that fails is left to recovery, and a
 * message that fails is harmless because every step checks the item's state before it acts.
 *
 * @param <T> the item the process carries (an action, a meeting, a case)
 */
public abstract class WorkflowProcess<T> implements OpenWork {

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String bpmnProcessId;
    private final Processes processes;

    protected WorkflowProcess(String bpmnProcessId, Processes processes) {
        this.bpmnProcessId = bpmnProcessId;
        this.processes = processes;
    }

    /** The item, if it still exists. */
    protected abstract Optional<T> find(long id);

    /** The item's id, which keys its messages. */
    protected abstract long idOf(T item);

    /** The instance the item last ran in, or null. */
    protected abstract Long instanceOf(T item);

    /** Every variable the process reads, timer dates included: computed by the workflow's schedule. */
    protected abstract Map<String, Object> variables(T item);

    /** Records the instance that now carries the item, without loading and saving it (its first step may be saving it). */
    protected abstract void recordInstance(long id, long processInstanceKey);

    /** The items whose process should be running. */
    protected abstract List<T> openItems();

    /** The element to carry on before, from what the database records; null when nothing is left to wait for. */
    protected abstract String stepReached(T item);

    /** Starts the item's instance at its start event. */
    protected void start(long id) {
        startBefore(id, List.of());
    }

    /** Starts a new instance before {@code elements}, as when a step's dates have changed. */
    protected void startBefore(long id, List<String> elements) {
        try {
            find(id).ifPresent(item -> recordInstance(id, processes.start(bpmnProcessId, variables(item), elements)));
        } catch (RuntimeException e) {
            log.warn("Process {} of {} not started ({}); recovery will start it", bpmnProcessId, id, e.getClass().getSimpleName());
        }
    }

    /** Ends the item's current instance and starts a new one before {@code elements}: its timers follow new dates. */
    protected void restartBefore(long id, List<String> elements) {
        try {
            find(id).map(this::instanceOf).ifPresent(processes::cancel);
        } catch (RuntimeException e) {
            log.warn("Process {} of {} not cancelled ({})", bpmnProcessId, id, e.getClass().getSimpleName());
        }
        startBefore(id, elements);
    }

    /** Tells the item's instance of something that happened, by the item's own id. */
    protected void publish(String message, long id, Map<String, Object> variables) {
        try {
            processes.publish(message, String.valueOf(id), variables);
        } catch (RuntimeException e) {
            log.warn("Process {} of {} not sent {} ({}); its steps check the item first, and recovery restarts it", bpmnProcessId, id,
                    message, e.getClass().getSimpleName());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProcessRestart> openWork() {
        List<ProcessRestart> restarts = new ArrayList<>();
        for (T item : openItems()) {
            String step = stepReached(item);
            if (step != null) {
                restarts.add(new ProcessRestart(bpmnProcessId, String.valueOf(idOf(item)), instanceOf(item), List.of(step), variables(item)));
            }
        }
        return restarts;
    }

    @Override
    @Transactional
    public void restarted(ProcessRestart item, long processInstanceKey) {
        recordInstance(Long.parseLong(item.businessKey()), processInstanceKey);
    }
}
